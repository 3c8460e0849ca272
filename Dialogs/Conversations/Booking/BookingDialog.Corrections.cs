using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Prompts;
using Majordome.Dialogs.Recognition;
using Majordome.Dialogs.Understanding;
using Microsoft.Bot.Schema;

namespace Majordome.Dialogs.Conversations.Booking;

/// <summary>
/// Corrections typed at a later question: "finalement 3 personnes" at the date, "actually make it saturday" at the
/// name or at "shall I book it?". A message that the waiting question does not take, with a word that says it
/// changes something and a party size or a day or time in it (or a whole day and time alone, typed at the name),
/// restarts the booking with that change and everything
/// else already given (boutique, party, day and time, name, phone), so the customer is asked only what the change
/// leaves open. It used to become the booking's name, or be dropped.
/// </summary>
public sealed partial class BookingDialog
{
    // Words that announce a change, normalized (no accents, lowercase).
    private static readonly string[][] CorrectionCues =
    [
        ["finalement"], ["en", "fait"], ["plutot"], ["mettez"], ["mets"], ["changez"], ["changer"], ["change"], ["non"],
        ["actually"], ["make", "it"], ["instead"], ["rather"], ["no"], ["change", "it"], ["switch"], ["oups"], ["oops"],
    ];

    /// <inheritdoc />
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return await RestateAsync(innerDc, cancellationToken).ConfigureAwait(false)
            ?? await CorrectAsync(innerDc, cancellationToken).ConfigureAwait(false)
            ?? await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult?> CorrectAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var activity = innerDc.Context.Activity;
        var text = PromptInput.GetText(activity);
        // Cheap tests first: every answer in a booking passes here, and the date recognizer is not cheap. A change is
        // announced by a word, or (a whole day and time typed at the name) carries a digit.
        var announced = AnnouncesChange(text);
        if (activity.Type != ActivityTypes.Message || activity.Value is not null || TextNormalizer.Tokenize(text).Length < 2
            || (!announced && !text!.Any(char.IsDigit))
            || innerDc.Stack.FirstOrDefault(i => i.Id is Steps or GroupSteps) is not { } steps
            || innerDc.ActiveDialog is not { } waiting || innerDc.FindDialog(waiting.Id) is not { } prompt)
        {
            return null;
        }

        // What the waiting question takes is its answer ("plutôt samedi à 15h" at the date question is the date), except
        // a "no" to "shall I book it?" that says what instead ("non, plutôt samedi à 16h"): it was taken as a plain no,
        // and nothing was booked.
        var refusedWithChange = waiting.Id == ConfirmPrompt && ConfirmRecognizer.Recognize(text, innerDc.Language) == false;
        if (!refusedWithChange && await prompt.RecognizeAnswerAsync(innerDc, waiting, cancellationToken).ConfigureAwait(false) is AnswerMatch.Clear or AnswerMatch.Possible)
        {
            return null;
        }

        var values = WaterfallState.GetValues(steps);
        if (values.Get<string>("boutique") is not { } boutiqueId || _services.Boutiques.FindById(boutiqueId) is not { } boutique)
        {
            return null;
        }

        var zone = BoutiqueClock.Zone(boutique);
        var party = PartySizeReader.Read(text);
        var wish = BookingWish.From(DateTimeRecognizer.Recognize(MomentTextCleaner.Clean(text!), innerDc.Language, _services.Time.GetUtcNow(), zone), text);
        // Without a word announcing a change, only a whole day and time counts: no name reads "saturday 5 december at 11am".
        if ((party is null && wish.Start is null && wish.Day is null && wish.Time is null && !wish.Soonest) || (!announced && wish.Start is null))
        {
            return null;
        }

        // "non, plutôt dès que possible": the first free times are offered, the rest kept.
        if (wish.Soonest)
        {
            await SayAsync(innerDc, "booking.corrected", null, cancellationToken).ConfigureAwait(false);
            innerDc.Stack.Clear();
            var soonest = new BookingOptions(boutique.Id, party ?? values.Get<int?>("party"), Name: values.Get<string>("name"), Phone: values.Get<string>("phone"), Soonest: true);
            return await innerDc.BeginDialogAsync(Steps, soonest, cancellationToken).ConfigureAwait(false);
        }

        // The part of when that was not changed is kept: "make it saturday" keeps the time, "plutôt 16h" the day.
        var previous = values.Get<DateTimeOffset?>("start") is { } start ? BoutiqueClock.ToLocal(boutique, start) : (DateTimeOffset?)null;
        var day = wish.Start is { } s ? DateOnly.FromDateTime(s.DateTime) : wish.Day ?? (previous is { } p ? DateOnly.FromDateTime(p.DateTime) : null);
        var time = wish.Start is { } t ? TimeOnly.FromDateTime(t.DateTime) : wish.Time ?? (previous is { } q ? TimeOnly.FromDateTime(q.DateTime) : null);
        var options = new BookingOptions(
            boutique.Id,
            party ?? values.Get<int?>("party"),
            day is { } d && time is { } h ? BoutiqueClock.AtLocal(boutique, d, h) : null,
            time is null ? day : null,
            day is null ? time : null,
            values.Get<string>("name"),
            values.Get<string>("phone"));

        await SayAsync(innerDc, "booking.corrected", null, cancellationToken).ConfigureAwait(false);
        innerDc.Stack.Clear();
        return await innerDc.BeginDialogAsync(Steps, options, cancellationToken).ConfigureAwait(false);
    }

    private static bool AnnouncesChange(string? text)
    {
        var tokens = TextNormalizer.Tokenize(text);
        return tokens.Length >= 2 && CorrectionCues.Any(cue => Enumerable.Range(0, tokens.Length - cue.Length + 1).Any(i => tokens.AsSpan(i, cue.Length).SequenceEqual(cue)));
    }
}
