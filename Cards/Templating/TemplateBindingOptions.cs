namespace Majordome.Cards.Templating;

/// <summary>How <see cref="TemplateBinder"/> binds one template.</summary>
public sealed record TemplateBindingOptions
{
    /// <summary>The default options: lenient, for an unnamed template.</summary>
    public static TemplateBindingOptions Default { get; } = new();

    /// <summary>The template's file name, used in error messages.</summary>
    public string TemplateName { get; init; } = "(inline template)";

    /// <summary>
    /// When false (the default, like the official Adaptive Cards templating SDK) a missing path binds to an
    /// empty string. When true the binder collects every missing path and throws
    /// <see cref="MissingTemplateDataException"/>, so tests catch a template and its data drifting apart.
    /// </summary>
    public bool Strict { get; init; }
}
