using Microsoft.Bot.Schema;

namespace Majordome.Bot.Messenger;

/// <summary>
/// Runs one bot turn for an activity the webhook produced; the replies go out through the Send API.
/// Called one at a time per conversation, in timestamp order.
/// </summary>
public interface IMessengerBotRunner
{
    /// <summary>Runs the turn for <paramref name="activity"/> (channel facebook or instagram, see <see cref="MessengerThread"/>).</summary>
    Task RunTurnAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>
    /// Runs the turn answering the stored inbox event <paramref name="source"/>: a runner that can records the replies
    /// per event and skips those an earlier run of the same event sent. By default, as <see cref="RunTurnAsync(Activity, CancellationToken)"/>.
    /// </summary>
    Task RunTurnAsync(Activity activity, Inbox.InboxTurn source, CancellationToken cancellationToken) => RunTurnAsync(activity, cancellationToken);
}
