<#ftl output_format="plainText" strip_whitespace=true>
<#macro lines heading items>
<#if items?has_content>
${heading}
<#list items as item>
- ${item.text}<#if item.link?has_content>
  ${item.link}</#if>
</#list>

</#if>
</#macro>
${msg("mail.greeting", view.name)}

${msg("mail.digest.intro")}

<@lines heading=msg("mail.digest.happened") items=view.happened/>
<@lines heading=msg("mail.digest.presence") items=view.presence/>
<@lines heading=msg("mail.digest.behind") items=view.behind/>
--
${msg("mail.footer")}
<#if view.settings?has_content>${msg("mail.settingsAt", view.settings)}
</#if>
