using Microsoft.Bot.Schema;

namespace Majordome.Tests.Harness;

/// <summary>The messages the bot sent in one turn, with the views tests need.</summary>
public sealed class Replies(IReadOnlyList<Activity> messages)
{
    public IReadOnlyList<Activity> Messages { get; } = messages;

    /// <summary>All texts of the turn, one per line.</summary>
    public string Text => string.Join("\n", Messages.Select(m => m.Text).Where(t => !string.IsNullOrEmpty(t)));

    /// <summary>The last message: usually the question the bot now waits on.</summary>
    public Activity Last => Messages.Count > 0 ? Messages[^1] : throw new Xunit.Sdk.XunitException("The bot sent no message.");

    /// <summary>The titles of the last message's suggested actions.</summary>
    public IReadOnlyList<string> SuggestedActions =>
        Last.SuggestedActions?.Actions?.Select(a => a.Title).ToList() ?? [];

    public override string ToString() => Text;
}
