<#ftl output_format="plainText" strip_whitespace=true>
${msg("mail.greeting", view.name)}

${view.line}

<#if view.link?has_content>${msg("mail.openAt", view.link)}<#else>${msg("mail.noLink")}</#if>

--
${msg("mail.footer")}
<#if view.settings?has_content>${msg("mail.settingsAt", view.settings)}
</#if>
