using System.Globalization;
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
/// buttons, so the customer is never left without a way forward. A day or a time already known (said earlier, or
/// the valid part of a refused slot) completes an answer that gives only the other part: "15h" once Thursday is
/// known is Thursday at 15h.
/// </summary>
public sealed class SlotPrompt : DateTimePrompt
{
    private const string DayKey = "day";
    private const string TimeKey = "time";
    private const string QuestionKey = "question";

    // What an answer without a time said, kept by Complete for the validator to offer: "day:2026-11-28:AF",
    // "period:2026-11-30/2026-12-06" or "part:MO".
    private const string OfferKey = "offer";

    private readonly ConversationServices _services;

    /// <summary>Creates the prompt.</summary>
    public SlotPrompt(ConversationServices services, Localizer localizer)
        : base(nameof(SlotPrompt), services?.Time ?? throw new ArgumentNullException(nameof(services)), (context, ct) => ValidateAsync(services, localizer, context, ct), localizer)
    {
        _services = services;
    }

    /// <summary>The prompt's options for a boutique and a party size.</summary>
    public static PromptOptions Options(string question, string boutiqueId, int party) =>
        Options(MessageFactory.Text(question), question, boutiqueId, party);

    /// <summary>
    /// The prompt's options when something is already known: <paramref name="prompt"/> is said first (a reason with
    /// the nearest free times, or a day's free times), <paramref name="question"/> when an answer is not understood.
    /// </summary>
    /// <param name="prompt">What is said first.</param>
    /// <param name="question">The plain question, said again after an answer that is not understood.</param>
    /// <param name="boutiqueId">The boutique.</param>
    /// <param name="party">How many people.</param>
    /// <param name="day">A day already known: an answer giving only a time is on that day.</param>
    /// <param name="time">A time already known: an answer giving only a day is at that time.</param>
    public static PromptOptions Options(IMessageActivity prompt, string question, string boutiqueId, int party, DateOnly? day = null, TimeOnly? time = null)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var validations = new JObject { ["RequireTime"] = true, ["FutureOnly"] = true, ["boutique"] = boutiqueId, ["party"] = party, [QuestionKey] = question };
        if (day is { } knownDay)
        {
            validations[DayKey] = knownDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (time is { } knownTime)
        {
            validations[TimeKey] = knownTime.ToString("HH:mm", CultureInfo.InvariantCulture);
        }

        return new PromptOptions { Prompt = (Activity)prompt, Validations = validations };
    }

    /// <inheritdoc />
    protected override IReadOnlyList<DateTimeResolution> Complete(IReadOnlyList<DateTimeResolution> resolutions, JObject state, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(resolutions);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        state.Remove(OfferKey);
        if (resolutions.Count == 0 || options.Validations is not JObject validations
            || _services.Boutiques.FindById(validations.Value<string>("boutique") ?? string.Empty) is not { } boutique)
        {
            return resolutions;
        }

        // The part kept from the last refusal (state) is fresher than the one the question started with (options).
        var first = resolutions[0];
        var day = Read(state.ContainsKey(DayKey) ? state : validations, DayKey, ReadDay);
        var time = Read(state.ContainsKey(TimeKey) ? state : validations, TimeKey, ReadTime);
        DateTimeOffset? whole = BookingWish.IsTimeOnly(first) && day is { } knownDay
            ? BoutiqueClock.AtLocal(boutique, knownDay, TimeOnly.FromDateTime(first.Value.DateTime))
            : BookingWish.IsDayOnly(first) && time is { } knownTime
                ? BoutiqueClock.AtLocal(boutique, DateOnly.FromDateTime(first.Value.DateTime), knownTime)
                : null;
        if (whole is { } value)
        {
            return [new DateTimeResolution(value, null, first.Timex, HasTime: true), .. resolutions.Skip(1)];
        }

        // "dès que possible", "maintenant": the first free times are offered (the validator sends them); read as the
        // present instant, it was refused as past and the question asked again, for ever.
        if (BookingWish.IsSoonest(first))
        {
            state[OfferKey] = "soonest";
            return resolutions;
        }

        // "samedi", "la semaine prochaine", "dans l'après-midi" typed at the question: not a slot yet, but what was said
        // is answered with its free times (the validator sends them) instead of "at what time, please?" as if it
        // were not understood.
        if (!first.HasTime || BookingWish.IsPartOfDay(first))
        {
            var wish = BookingWish.From(resolutions);
            state[OfferKey] = wish switch
            {
                { Period: { } period } => $"period:{period.First:yyyy-MM-dd}/{period.Last:yyyy-MM-dd}",
                { Day: { } said } when time is null => $"day:{said:yyyy-MM-dd}:{wish.DayPart}",
                { Day: null, DayPart: { Length: > 0 } part } when day is null => $"part:{part}",
                _ => null,
            };
        }

        return resolutions;
    }

    /// <inheritdoc />
    protected override Task OnPromptAsync(ITurnContext turnContext, JObject state, PromptOptions options, bool isRetry, string? hint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);

        // After an answer not understood, the plain question follows the hint, not the reason and buttons said first.
        if (isRetry && (options.Validations as JObject)?.Value<string>(QuestionKey) is { Length: > 0 } question)
        {
            options.Prompt = (Activity)MessageFactory.Text(question);
        }

        return base.OnPromptAsync(turnContext, state, options, isRetry, hint, cancellationToken);
    }

    private static async Task<bool> ValidateAsync(ConversationServices services, Localizer localizer, PromptValidatorContext<IReadOnlyList<DateTimeResolution>> prompt, CancellationToken cancellationToken)
    {
        if (!prompt.Recognized.Succeeded || prompt.Recognized.Value is not { Count: > 0 } resolutions || BookingWish.IsSoonest(resolutions[0]))
        {
            return await OfferAsync(services, localizer, prompt, cancellationToken).ConfigureAwait(false);
        }

        var validations = prompt.Options.Validations as JObject;
        if (services.Boutiques.FindById(validations?.Value<string>("boutique") ?? string.Empty) is not { } boutique)
        {
            return false;
        }

        var party = validations!.Value<int?>("party") ?? 1;
        var refusal = await SlotOffers.RefuseAsync(services, localizer, boutique, resolutions[0].Value, party, prompt.Context.GetLanguage(), cancellationToken).ConfigureAwait(false);
        if (refusal is null)
        {
            return true;
        }

        // The part of the refused slot that holds completes the next answer ("mardi" after "lundi à 15h").
        prompt.State[DayKey] = refusal.KeepDay?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        prompt.State[TimeKey] = refusal.KeepTime?.ToString("HH:mm", CultureInfo.InvariantCulture);
        await prompt.Context.SendActivityAsync(refusal.Message, cancellationToken).ConfigureAwait(false);
        return false;
    }

    // A day, several days or a part of the day said without a time: their free times (or the day asked), the day kept
    // for the next answer, and no attempt counted: the customer answered, only not to the minute.
    private static async Task<bool> OfferAsync(ConversationServices services, Localizer localizer, PromptValidatorContext<IReadOnlyList<DateTimeResolution>> prompt, CancellationToken cancellationToken)
    {
        if (prompt.State.Value<string>(OfferKey) is not { Length: > 0 } offer
            || services.Boutiques.FindById((prompt.Options.Validations as JObject)?.Value<string>("boutique") ?? string.Empty) is not { } boutique)
        {
            return false;
        }

        prompt.State.Remove(OfferKey);
        var language = prompt.Context.GetLanguage();
        var party = (prompt.Options.Validations as JObject)?.Value<int?>("party") ?? 1;
        var parts = offer.Split(':');
        SlotReply? reply = parts[0] switch
        {
            "day" when ReadDay(parts[1]) is { } day => await SlotOffers.OfferDayAsync(services, localizer, boutique, day, party, language, cancellationToken, BookingWish.Hours(parts.ElementAtOrDefault(2))).ConfigureAwait(false),
            "period" when parts[1].Split('/') is [var first, var last] && ReadDay(first) is { } from && ReadDay(last) is { } to
                => await SlotOffers.OfferPeriodAsync(services, localizer, boutique, new BookingPeriod(from, to), party, language, cancellationToken).ConfigureAwait(false),
            "soonest" => await SlotOffers.OfferSoonestAsync(services, localizer, boutique, party, language, cancellationToken).ConfigureAwait(false),
            "part" => new SlotReply(MessageFactory.Text(localizer.Get(language, "booking.whichDayPart", new { part = localizer.GetPlain(language, $"booking.part.{parts[1]}") }))),
            _ => null,
        };
        if (reply is null)
        {
            return false;
        }

        prompt.State[DayKey] = reply.KeepDay?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        prompt.State[TimeKey] = reply.KeepTime?.ToString("HH:mm", CultureInfo.InvariantCulture);
        prompt.State[PromptState.AttemptCountKey] = Math.Max(0, (prompt.State.Value<int?>(PromptState.AttemptCountKey) ?? 1) - 1);
        await prompt.Context.SendActivityAsync(reply.Message, cancellationToken).ConfigureAwait(false);
        return false;
    }

    private static T? Read<T>(JObject source, string key, Func<string, T?> parse)
        where T : struct =>
        source.Value<string>(key) is { Length: > 0 } text ? parse(text) : null;

    private static DateOnly? ReadDay(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static TimeOnly? ReadTime(string text) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
}
