namespace Majordome.Tests.Harness.Messenger;

/// <summary>What the fake Graph server received: the texts sent to each customer, in order (sender actions left out).</summary>
public interface IReplyLog
{
    /// <summary>The texts sent to <paramref name="recipient"/> so far (a template's text for templates).</summary>
    IReadOnlyList<string> TextsTo(string recipient);
}
