using Majordome.Bot.Channels;
using Majordome.Bot.WhatsApp.Rendering;
using Majordome.Bot.WhatsApp.Send;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.WhatsApp;

/// <summary>
/// WhatsApp's half of the shared reply loop for one turn's conversation: rendered by <see cref="WhatsAppRenderer"/> in
/// the turn's language, sent by <see cref="WhatsAppSender"/> (inside the 24-hour window only). Typing needs no call: the
/// read receipt sent at the start of the turn shows the typing indicator until the reply. WhatsApp echoes nothing, so
/// the journal gives no tokens to carry.
/// </summary>
internal sealed class WhatsAppReplyChannel(WhatsAppThread thread, string language, WhatsAppRenderer renderer, WhatsAppSender sender) : IReplyChannel
{
    /// <inheritdoc />
    public string Name => "WhatsApp";

    /// <inheritdoc />
    public string ConversationId => thread.ConversationId;

    /// <inheritdoc />
    public Task ShowTypingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task<bool> MayShowAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    /// <inheritdoc />
    public IReadOnlyList<JObject> Render(Activity activity) => renderer.Render(activity, language);

    /// <inheritdoc />
    public JObject Stamp(JObject message, string token) => message;

    /// <inheritdoc />
    public Task<IReadOnlyList<string?>> PostAsync(IReadOnlyList<JObject> messages, Func<int, string?, Task>? accepted, CancellationToken cancellationToken) =>
        sender.SendAsync(thread, messages, cancellationToken, accepted);

    /// <inheritdoc />
    public bool Drops(Exception exception) => false;
}
