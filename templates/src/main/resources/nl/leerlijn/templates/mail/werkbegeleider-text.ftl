<#ftl output_format="plainText" strip_whitespace=true>
${msg("mail.greeting", view.name)}

${msg("mail.supervisor.lineText", view.participants, view.assignment, view.version)}

${msg("mail.supervisor.open", view.link)}

${msg("mail.supervisor.until", view.until)}

--
${msg("mail.supervisor.footer")}
