using Microsoft.Bot.Schema;

namespace Majordome.Dialogs.Conversations.Booking;

/// <summary>What the booking flow says about a wish it cannot take as it is, and the part of the wish that still holds.</summary>
/// <param name="Message">The reason and the nearest free times as buttons, or the question with that day's free times.</param>
/// <param name="KeepDay">The day still possible (only the time was wrong), to complete a time said alone in the next answer.</param>
/// <param name="KeepTime">The time still possible (only the day was wrong), to complete a day said alone in the next answer.</param>
public sealed record SlotReply(IMessageActivity Message, DateOnly? KeepDay = null, TimeOnly? KeepTime = null);
