using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Prompts;
using Majordome.Dialogs.Recognition;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Conversations.Booking;

/// <summary>
/// A date-time prompt for a tasting slot: besides understanding "samedi à 15h", it refuses a slot the boutique
/// cannot take (closed day, outside hours, too far ahead, full) with the reason and the nearest free slots as
/// buttons, so the customer is never left without a way forward. An optional booking reference excludes that
/// booking's own seats (moving a booking).
/// </summary>
public sealed class SlotPrompt : DateTimePrompt
{
    /// <summary>Creates the prompt.</summary>
    public SlotPrompt(ConversationServices services, Localizer localizer)
        : base(nameof(SlotPrompt), services?.Time ?? throw new ArgumentNullException(nameof(services)), (context, ct) => ValidateAsync(services, localizer, context, ct), localizer)
    {
    }

    /// <summary>The prompt's options for a boutique and a party size.</summary>
    public static PromptOptions Options(string question, string boutiqueId, int party) => new()
    {
        Prompt = MessageFactory.Text(question),
        Validations = new JObject { ["RequireTime"] = true, ["FutureOnly"] = true, ["boutique"] = boutiqueId, ["party"] = party },
    };

    private static async Task<bool> ValidateAsync(ConversationServices services, Localizer localizer, PromptValidatorContext<IReadOnlyList<DateTimeResolution>> prompt, CancellationToken cancellationToken)
    {
        if (!prompt.Recognized.Succeeded || prompt.Recognized.Value is not { Count: > 0 } resolutions)
        {
            return false;
        }

        var validations = prompt.Options.Validations as JObject;
        if (services.Boutiques.FindById(validations?.Value<string>("boutique") ?? string.Empty) is not { } boutique)
        {
            return false;
        }

        var party = validations!.Value<int?>("party") ?? 1;
        var now = services.Time.GetUtcNow();
        var wish = resolutions[0].Value;
        var check = SlotPolicy.Check(boutique, services.Settings, now, wish, party);
        var key = check.Verdict switch
        {
            SlotVerdict.InThePast => "booking.slotPast",
            SlotVerdict.BeyondHorizon => "booking.slotTooFar",
            SlotVerdict.ClosedDay => "booking.slotClosedDay",
            SlotVerdict.ExceptionalClosure => "booking.slotHoliday",
            SlotVerdict.OutsideOpeningHours => "booking.slotOutsideHours",
            SlotVerdict.NotOnSlotBoundary => "booking.slotBoundary",
            _ => null,
        };
        if (key is null)
        {
            var taken = await services.Bookings.SeatsTakenAsync(boutique.Id, wish, cancellationToken).ConfigureAwait(false);
            if (taken + party <= boutique.TastingSeatsPerSlot)
            {
                return true;
            }

            key = "booking.slotFull";
        }

        var language = prompt.Context.GetLanguage();
        // A wish in the past or beyond the horizon is searched from the nearest moment that can be booked;
        // the proposals are shown in time order.
        var horizon = now.AddDays(services.Settings.BookingHorizonDays);
        var anchor = wish < now ? now : wish > horizon ? horizon : wish;
        var nearest = (await SlotFinder.FindNearestFreeSlotsAsync(boutique, services.Settings, anchor, party, now, services.Bookings, cancellationToken: cancellationToken).ConfigureAwait(false))
            .OrderBy(slot => slot)
            .ToList();
        var text = localizer.Get(language, key, new
        {
            days = services.Settings.BookingHorizonDays,
            minutes = services.Settings.BookingSlotMinutes,
            reason = check.Closure?.Reason.In(language),
        });
        var message = nearest.Count == 0
            ? MessageFactory.Text($"{text} {localizer.Get(language, "booking.slotNoneNear")}")
            : MessageFactory.SuggestedActions(
                nearest.Select(slot =>
                {
                    var local = TimeZoneInfo.ConvertTime(slot, TimeZones.Get(boutique.TimeZoneId));
                    return new CardAction(ActionTypes.ImBack, SlotText.Title(local, language), value: SlotText.Sentence(local, language));
                }),
                $"{text} {localizer.Get(language, "booking.slotNearest")}",
                ssml: null,
                inputHint: InputHints.ExpectingInput,
                toList: null);
        await prompt.Context.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
        return false;
    }
}
