namespace Majordome.Cards.Templating;

/// <summary>
/// A template cannot be bound: a malformed expression, or (in strict mode) data that is missing.
/// The message names the template and the JSON path of the property so the author can go straight to it.
/// </summary>
public class TemplateException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="templateName">The template file, for example "product.json".</param>
    /// <param name="jsonPath">The JSON path of the property holding the expression, for example "$.body[0].text".</param>
    /// <param name="detail">What is wrong, and where in the expression.</param>
    public TemplateException(string templateName, string jsonPath, string detail)
        : base($"Template '{templateName}', property '{jsonPath}': {detail}")
    {
        TemplateName = templateName;
        JsonPath = jsonPath;
        Detail = detail;
    }

    /// <summary>The template file, for example "product.json".</summary>
    public string TemplateName { get; }

    /// <summary>The JSON path of the offending property in the template.</summary>
    public string JsonPath { get; }

    /// <summary>What is wrong, without the template and path.</summary>
    public string Detail { get; }
}
