using Majordome.Cards.Templating;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Cards.Templating;

/// <summary>Short ways to bind small templates in tests.</summary>
internal static class Binding
{
    public const string TemplateName = "test.json";

    public static JToken Bind(string template, string data, bool strict = false) =>
        TemplateBinder.Bind(JToken.Parse(template), JToken.Parse(data), Options(strict));

    /// <summary>Binds <c>{ "v": "${expression}" }</c> and returns v.</summary>
    public static JToken Evaluate(string expression, string data, bool strict = false) =>
        TemplateBinder.Bind(new JObject { ["v"] = "${" + expression + "}" }, JToken.Parse(data), Options(strict))["v"]!;

    public static TemplateBindingOptions Options(bool strict) => new() { TemplateName = TemplateName, Strict = strict };
}
