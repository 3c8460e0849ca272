namespace Majordome.Dialogs.Choices;

/// <summary>How a prompt shows its choices, as in Bot Framework.</summary>
public enum ListStyle
{
    /// <summary>Do not show the choices.</summary>
    None,

    /// <summary>Pick the best style the channel supports (see <see cref="ChoiceFactory.ForChannel"/>).</summary>
    Auto,

    /// <summary>On one line: "(1) red, (2) green or (3) blue".</summary>
    Inline,

    /// <summary>A numbered list, one choice per line.</summary>
    List,

    /// <summary>Suggested actions (quick replies on Messenger).</summary>
    SuggestedAction,

    /// <summary>A hero card with one button per choice.</summary>
    HeroCard,
}
