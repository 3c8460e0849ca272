using Majordome.Cards.Templating.Expressions;
using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Templating;

/// <summary>
/// Binds data into Adaptive Card template JSON using the common subset of the Adaptive Cards Templating language:
/// <c>${path}</c> expressions (dotted paths, indexes, <c>$root</c>, <c>$data</c>, <c>$index</c>), <c>$data</c> to rebind
/// or repeat an element, <c>$when</c> to keep it only when a condition holds, operators
/// (<c>== != &lt; &lt;= &gt; &gt;= &amp;&amp; || ! + - *</c>) and the functions <c>if</c>, <c>empty</c>, <c>count</c>,
/// <c>toUpper</c>, <c>toLower</c>, <c>string</c>, <c>concat</c>, <c>join</c>, <c>json</c> and <c>formatNumber</c>.
/// Our own small parser: no eval, no templating package.
/// </summary>
public static class TemplateBinder
{
    /// <summary>Binds <paramref name="data"/> into a copy of <paramref name="template"/>; the template is not changed.</summary>
    /// <param name="template">The template JSON.</param>
    /// <param name="data">The data; paths resolve against it (it is also <c>$root</c>). Null binds every path as missing.</param>
    /// <param name="options">Template name for messages, and strict mode; <see cref="TemplateBindingOptions.Default"/> when null.</param>
    /// <returns>The bound JSON.</returns>
    /// <exception cref="TemplateException">An expression is malformed.</exception>
    /// <exception cref="MissingTemplateDataException">Strict mode, and some paths were missing from the data.</exception>
    public static JToken Bind(JToken template, JToken? data, TemplateBindingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        options ??= TemplateBindingOptions.Default;
        var root = data ?? new JObject();
        var session = new BindingSession(options);
        var result = new TemplateWalker(session).BindRoot(template, new Scope(root, root, Index: null));
        if (session.Missing.Count > 0)
        {
            throw new MissingTemplateDataException(options.TemplateName, session.Missing);
        }

        return result;
    }

    /// <summary>
    /// Parses every expression of <paramref name="template"/> without data, including those in elements that
    /// <c>$when</c> would hide, and throws <see cref="TemplateException"/> for the first malformed one.
    /// </summary>
    public static void Validate(JToken template, string templateName)
    {
        ArgumentNullException.ThrowIfNull(template);
        new TemplateWalker(new BindingSession(TemplateBindingOptions.Default with { TemplateName = templateName })).ParseAll(template);
    }
}
