namespace Majordome.Bot.Messenger.Inbox;

/// <summary>One reply of an inbox event's turn, numbered, with what earlier runs of the event did with it.</summary>
/// <param name="Seq">Its position among the turn's replies.</param>
/// <param name="Hash">The SHA-256 of its rendered message.</param>
/// <param name="State">Whether an earlier run sent it, was sending it, or neither.</param>
/// <param name="Token">The <see cref="ReplyToken"/> its metadata carries, or null when echoes are not tracked.</param>
public sealed record PlannedReply(int Seq, string Hash, ReplyState State, string? Token);
