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
}
