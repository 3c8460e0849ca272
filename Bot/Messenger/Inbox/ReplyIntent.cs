namespace Majordome.Bot.Messenger.Inbox;

/// <summary>A reply of an inbox event about to go out: its content hash and the token its metadata carries.</summary>
/// <param name="Hash">The SHA-256 of the rendered message, as <see cref="ReplyJournal"/> records it.</param>
/// <param name="Token">The <see cref="ReplyToken"/> sent in <c>message.metadata</c>.</param>
public sealed record ReplyIntent(string Hash, string Token);
