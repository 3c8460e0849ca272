using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Dialogs.Conversations.Booking;

/// <summary>
/// What the booking flow answers to a wish: why a slot cannot be taken (closed that day, lunch break, full, too far
/// ahead, past) with the nearest free times as buttons, or the free times of a day said without a time. One place,
/// so a wish said in the first message gets exactly the answer it gets at the date question.
/// </summary>
public static class SlotOffers
{
    /// <summary>How many of a day's free times are offered when the customer named the day only.</summary>
    public const int DayOfferCount = 6;

    /// <summary>Why <paramref name="wish"/> cannot be booked for <paramref name="party"/>, with the nearest free times; null when it can.</summary>
    public static async Task<SlotReply?> RefuseAsync(ConversationServices services, Localizer localizer, Boutique boutique, DateTimeOffset wish, int party, string language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(boutique);
        var now = services.Time.GetUtcNow();
        var check = SlotPolicy.Check(boutique, services.Settings, now, wish, party);
        var key = ReasonKey(check.Verdict);
        if (key is null)
        {
            var taken = await services.Bookings.SeatsTakenAsync(boutique.Id, wish, cancellationToken).ConfigureAwait(false);
            if (taken + party <= boutique.TastingSeatsPerSlot)
            {
                return null;
            }

            key = "booking.slotFull";
        }

        var text = Reason(services, localizer, key, check, language);
        var message = await NearestAsync(services, localizer, boutique, wish, party, text, language, cancellationToken).ConfigureAwait(false);

        // Whatever part of the wish still holds is kept: "lundi à 15h" keeps 15h for the day asked next, "demain à
        // 13h" (lunch break) keeps tomorrow for the time asked next.
        var local = BoutiqueClock.ToLocal(boutique, wish);
        var day = DateOnly.FromDateTime(local.DateTime);
        var today = DateOnly.FromDateTime(BoutiqueClock.ToLocal(boutique, now).DateTime);
        var dayHolds = check.Verdict is SlotVerdict.Ok or SlotVerdict.OutsideOpeningHours or SlotVerdict.NotOnSlotBoundary
            || (check.Verdict == SlotVerdict.InThePast && day == today);
        var timeHolds = check.Verdict is SlotVerdict.ClosedDay or SlotVerdict.ExceptionalClosure or SlotVerdict.BeyondHorizon
            || (check.Verdict == SlotVerdict.InThePast && day < today);
        return new SlotReply(message, dayHolds ? day : null, timeHolds ? TimeOnly.FromDateTime(local.DateTime) : null);
    }

    /// <summary>
    /// The question for a day said without a time: "At what time on Thursday 26 November?" with that day's free
    /// times as buttons; or, when the day has none (closed, past, too far, full), why, with the nearest free times.
    /// </summary>
    /// <param name="services">The bookings, the clock and the brand's settings.</param>
    /// <param name="localizer">The texts.</param>
    /// <param name="boutique">Where.</param>
    /// <param name="day">The day said.</param>
    /// <param name="party">How many people.</param>
    /// <param name="language">The customer's language.</param>
    /// <param name="cancellationToken">Cancels the store queries.</param>
    /// <param name="hours">A part of the day said with it ("samedi après-midi"): its free times are offered when it has any.</param>
    public static async Task<SlotReply> OfferDayAsync(ConversationServices services, Localizer localizer, Boutique boutique, DateOnly day, int party, string language, CancellationToken cancellationToken = default, (TimeOnly From, TimeOnly To)? hours = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(boutique);
        var now = services.Time.GetUtcNow();
        var free = new List<DateTimeOffset>();
        foreach (var slot in SlotGrid.GetOpenSlots(boutique, day, services.Settings.BookingSlotMinutes))
        {
            if (SlotPolicy.Check(boutique, services.Settings, now, slot, party).IsBookable
                && await services.Bookings.SeatsTakenAsync(boutique.Id, slot, cancellationToken).ConfigureAwait(false) + party <= boutique.TastingSeatsPerSlot)
            {
                free.Add(slot);
            }
        }

        if (hours is { } window && free.Where(s => TimeOnly.FromDateTime(BoutiqueClock.ToLocal(boutique, s).DateTime) is var t && t >= window.From && t < window.To).ToList() is { Count: > 0 } within)
        {
            free = within;
        }

        if (free.Count > 0)
        {
            var question = localizer.Get(language, "booking.whatTime", new { day = SlotText.Day(day, language) });
            return new SlotReply(Buttons(Spread(free, DayOfferCount), boutique, question, language), KeepDay: day);
        }

        // The day's last minute tells why nothing is free: past, beyond the horizon, closed, or else simply full.
        var lastMinute = BoutiqueClock.AtLocal(boutique, day, new TimeOnly(23, 59)) ?? BoutiqueClock.AtLocal(boutique, day, new TimeOnly(12, 0))!.Value;
        var check = SlotPolicy.Check(boutique, services.Settings, now, lastMinute, party);
        var dayKey = ReasonKey(check.Verdict) is { } key && check.Verdict is not (SlotVerdict.OutsideOpeningHours or SlotVerdict.NotOnSlotBoundary) ? key : "booking.slotDayFull";
        var text = Reason(services, localizer, dayKey, check, language);
        var noon = BoutiqueClock.AtLocal(boutique, day, new TimeOnly(12, 0)) ?? lastMinute;
        return new SlotReply(await NearestAsync(services, localizer, boutique, noon, party, text, language, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>"As soon as possible", "maintenant": the first free times from now as buttons, or that there are none nearby.</summary>
    public static async Task<SlotReply> OfferSoonestAsync(ConversationServices services, Localizer localizer, Boutique boutique, int party, string language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(boutique);
        var now = services.Time.GetUtcNow();
        return new SlotReply(await NearestAsync(services, localizer, boutique, now, party, localizer.Get(language, "booking.soonest"), language, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// The answer to several days said without a day among them ("next week", "ce mois-ci", "next spring"): the first
    /// free times in those days as buttons; or why there are none (passed, beyond the booking horizon, full) with the
    /// nearest free times.
    /// </summary>
    public static async Task<SlotReply> OfferPeriodAsync(ConversationServices services, Localizer localizer, Boutique boutique, BookingPeriod period, int party, string language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(boutique);
        ArgumentNullException.ThrowIfNull(period);
        var now = services.Time.GetUtcNow();
        var today = DateOnly.FromDateTime(BoutiqueClock.ToLocal(boutique, now).DateTime);
        var lastBookable = today.AddDays(services.Settings.BookingHorizonDays);
        var from = period.First < today ? today : period.First;
        var noon = new TimeOnly(12, 0);
        if (period.Last < today)
        {
            var past = Reason(services, localizer, "booking.slotPast", SlotCheck.Because(SlotVerdict.InThePast), language);
            return new SlotReply(await NearestAsync(services, localizer, boutique, now, party, past, language, cancellationToken).ConfigureAwait(false));
        }

        if (from > lastBookable)
        {
            var far = Reason(services, localizer, "booking.slotTooFar", SlotCheck.Because(SlotVerdict.BeyondHorizon), language);
            var anchor = BoutiqueClock.AtLocal(boutique, from, noon) ?? now;
            return new SlotReply(await NearestAsync(services, localizer, boutique, anchor, party, far, language, cancellationToken).ConfigureAwait(false));
        }

        // The earliest free times from the period's first day that can still be booked, kept within the period.
        var to = period.Last < lastBookable ? period.Last : lastBookable;
        var start = BoutiqueClock.AtLocal(boutique, from, TimeOnly.MinValue) ?? now;
        var found = (await SlotFinder.FindNearestFreeSlotsAsync(boutique, services.Settings, start < now ? now : start, party, now, services.Bookings, cancellationToken: cancellationToken).ConfigureAwait(false))
            .Where(s => DateOnly.FromDateTime(BoutiqueClock.ToLocal(boutique, s).DateTime) is var d && d >= from && d <= to)
            .Order()
            .ToList();
        var range = new { from = SlotText.Day(from, language), to = SlotText.Day(to, language) };
        if (found.Count > 0)
        {
            // "next year" from late November reaches beyond the horizon: said first, so the dates offered make sense.
            var free = localizer.Get(language, "booking.periodFree", range);
            var text = period.Last > lastBookable ? $"{Reason(services, localizer, "booking.slotTooFar", SlotCheck.Because(SlotVerdict.BeyondHorizon), language)} {free}" : free;
            return new SlotReply(Buttons(found, boutique, text, language));
        }

        var none = localizer.Get(language, "booking.periodNone", range);
        return new SlotReply(await NearestAsync(services, localizer, boutique, BoutiqueClock.AtLocal(boutique, to, noon) ?? now, party, none, language, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The message key saying why a verdict refuses a slot; null for <see cref="SlotVerdict.Ok"/>.</summary>
    internal static string? ReasonKey(SlotVerdict verdict) => verdict switch
    {
        SlotVerdict.InThePast => "booking.slotPast",
        SlotVerdict.BeyondHorizon => "booking.slotTooFar",
        SlotVerdict.ClosedDay => "booking.slotClosedDay",
        SlotVerdict.ExceptionalClosure => "booking.slotHoliday",
        SlotVerdict.OutsideOpeningHours => "booking.slotOutsideHours",
        SlotVerdict.NotOnSlotBoundary => "booking.slotBoundary",
        _ => null,
    };

    /// <summary>Up to <paramref name="count"/> of <paramref name="slots"/>, evenly spread so the whole day is shown, in time order.</summary>
    internal static IReadOnlyList<DateTimeOffset> Spread(IReadOnlyList<DateTimeOffset> slots, int count)
    {
        ArgumentNullException.ThrowIfNull(slots);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return slots.Count <= count ? slots : [.. Enumerable.Range(0, count).Select(i => slots[i * slots.Count / count])];
    }

    private static string Reason(ConversationServices services, Localizer localizer, string key, SlotCheck check, string language) =>
        localizer.Get(language, key, new
        {
            days = services.Settings.BookingHorizonDays,
            minutes = services.Settings.BookingSlotMinutes,
            reason = check.Closure?.Reason.In(language),
        });

    private static async Task<IMessageActivity> NearestAsync(ConversationServices services, Localizer localizer, Boutique boutique, DateTimeOffset wish, int party, string text, string language, CancellationToken cancellationToken)
    {
        // A wish in the past or beyond the horizon is searched from the nearest moment that can be booked; the
        // proposals are shown in time order.
        var now = services.Time.GetUtcNow();
        var horizon = now.AddDays(services.Settings.BookingHorizonDays);
        var anchor = wish < now ? now : wish > horizon ? horizon : wish;
        var nearest = (await SlotFinder.FindNearestFreeSlotsAsync(boutique, services.Settings, anchor, party, now, services.Bookings, cancellationToken: cancellationToken).ConfigureAwait(false))
            .Order()
            .ToList();
        return nearest.Count == 0
            ? MessageFactory.Text($"{text} {localizer.Get(language, "booking.slotNoneNear")}")
            : Buttons(nearest, boutique, $"{text} {localizer.Get(language, "booking.slotNearest")}", language);
    }

    private static IMessageActivity Buttons(IEnumerable<DateTimeOffset> slots, Boutique boutique, string text, string language) =>
        MessageFactory.SuggestedActions(
            slots.Select(slot =>
            {
                var local = BoutiqueClock.ToLocal(boutique, slot);
                return new CardAction(ActionTypes.ImBack, SlotText.Title(local, language), value: SlotText.Sentence(local, language));
            }),
            text,
            ssml: null,
            inputHint: InputHints.ExpectingInput,
            toList: null);
}
