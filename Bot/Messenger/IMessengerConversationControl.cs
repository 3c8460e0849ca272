namespace Majordome.Bot.Messenger;

/// <summary>
/// Who is answering a Messenger or Instagram conversation: the bot, or a person in the Page Inbox (or another app).
/// Meta's handover webhooks and echoes write it; it is the conversation's one hold flag, which the bot's turn reads
/// with the conversation's state, so a restart does not make the bot talk over an agent.
/// </summary>
public interface IMessengerConversationControl
{
    /// <summary>Whether the bot must stay silent in <paramref name="thread"/> (a person has it).</summary>
    Task<bool> IsPausedAsync(MessengerThread thread, CancellationToken cancellationToken);

    /// <summary>Stops the bot answering <paramref name="thread"/>; <paramref name="reason"/> is logged (e.g. "handover", "inbox echo").</summary>
    Task PauseAsync(MessengerThread thread, string reason, CancellationToken cancellationToken);

    /// <summary>Lets the bot answer <paramref name="thread"/> again (control passed back or released).</summary>
    Task ResumeAsync(MessengerThread thread, CancellationToken cancellationToken);
}
