using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Prompts;
using Majordome.Dialogs.Recognition;
using Majordome.Dialogs.Understanding;
using Microsoft.Bot.Schema;

namespace Majordome.Dialogs.Conversations.Booking;

/// <summary>
/// A whole request typed at one of the booking's first questions ("book a table for 2 in lyon on tuesday 12 january
/// at 3pm" at "In which boutique?", after "start over" for instance): the waiting question would take one part of it
/// (Lyon) and drop the rest, so when the message names two parts or more of a booking (the boutique, the party, when),
/// the booking starts again from everything it says and what was already given, and asks only what is still missing.
/// </summary>
public sealed partial class BookingDialog
{
    // Below this a message is an answer ("Lyon", "4", "samedi 15h"), not a request.
    private const int RestatedMinimumWords = 4;

    private async Task<DialogTurnResult?> RestateAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var activity = innerDc.Context.Activity;
        var text = PromptInput.GetText(activity);
        if (activity.Type != ActivityTypes.Message || activity.Value is not null || TextNormalizer.Tokenize(text).Length < RestatedMinimumWords
            || innerDc.ActiveDialog?.Id is not (BoutiquePrompt or PartyPrompt or nameof(SlotPrompt))
            || innerDc.Stack.FirstOrDefault(i => i.Id == Steps) is not { } steps)
        {
            return null;
        }

        var values = WaterfallState.GetValues(steps);
        var named = _services.Entities.FindBoutique(text, _brand.Name);
        var boutique = named ?? (values.Get<string>("boutique") is { } known ? _services.Boutiques.FindById(known) : null);
        var party = PartySizeReader.Read(text);
        var zone = boutique is null ? innerDc.Context.GetTimeZone() : BoutiqueClock.Zone(boutique);
        var wish = BookingWish.From(DateTimeRecognizer.Recognize(MomentTextCleaner.Clean(text!), innerDc.Language, _services.Time.GetUtcNow(), zone), text);
        if ((named is null ? 0 : 1) + (party is null ? 0 : 1) + (wish.SaysWhen ? 1 : 0) < 2)
        {
            return null;
        }

        var options = BookingOptions.From(boutique?.Id, party ?? values.Get<int?>("party"), wish);
        innerDc.Stack.Clear();
        return await innerDc.BeginDialogAsync(Steps, options, cancellationToken).ConfigureAwait(false);
    }
}
