using Microsoft.Bot.Schema;

namespace Majordome.Dialogs.Choices;

/// <summary>
/// One option offered to the user by a choice prompt, as in Bot Framework's <c>Choice</c>:
/// the value returned when it is picked, an optional button, and synonyms the user may type instead.
/// </summary>
public sealed class Choice
{
    /// <summary>Creates an empty choice (for deserialization).</summary>
    public Choice()
    {
    }

    /// <summary>Creates a choice whose value is also its button title.</summary>
    public Choice(string value, params string[] synonyms)
    {
        Value = value;
        Synonyms = synonyms.Length == 0 ? null : [.. synonyms];
    }

    /// <summary>The value returned in <see cref="FoundChoice.Value"/> when the choice is picked.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>The button shown for the choice; when null an imBack button titled <see cref="Value"/> is used.</summary>
    public CardAction? Action { get; set; }

    /// <summary>Other words that select this choice ("oui", "yep", a product's short name...).</summary>
    public List<string>? Synonyms { get; set; }

    /// <summary>The title shown to the user: the action's title when set, the value otherwise.</summary>
    public string Title => string.IsNullOrWhiteSpace(Action?.Title) ? Value : Action!.Title;
}
