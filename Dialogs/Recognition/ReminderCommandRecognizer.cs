namespace Majordome.Dialogs.Recognition;

/// <summary>What a message says about the messages the assistant writes first.</summary>
public enum ReminderCommand
{
    /// <summary>"stop les rappels", "unsubscribe"; a bare "stop" / "arrête" outside a task.</summary>
    Stop,

    /// <summary>"reprendre les rappels", "resume reminders"; a bare "reprendre" / "resume" from a customer who stopped.</summary>
    Resume,
}

/// <summary>
/// Recognizes "stop" and "resume" for reminders, in French and English, as whole messages (case, accents and
/// punctuation aside). Explicit phrases ("stop les rappels") always count; the bare words ("stop", "arrête",
/// "reprendre") are told apart from their older meaning by the caller, because inside a task "stop" has always meant
/// "leave this task" (<see cref="GlobalCommandKind.Cancel"/>) and must keep meaning it.
/// </summary>
public static class ReminderCommandRecognizer
{
    private static readonly HashSet<string> ExplicitStop = Phrases(
        "stop les rappels", "stop rappels", "stop aux rappels", "arrete les rappels", "arretez les rappels", "arreter les rappels",
        "stop les notifications", "stop notifications", "arrete les notifications", "arretez les notifications",
        "plus de rappels", "plus de notifications", "je ne veux plus de rappels", "ne plus recevoir de rappels",
        "desabonner", "me desabonner", "desabonnez moi", "desinscrire", "me desinscrire",
        "stop reminders", "stop the reminders", "stop notifications", "stop the notifications", "no more reminders",
        "no more notifications", "unsubscribe", "unsubscribe me", "opt out");

    private static readonly HashSet<string> BareStop = Phrases("stop", "arrete", "arretez", "arreter", "stopper");

    private static readonly HashSet<string> ExplicitResume = Phrases(
        "reprendre les rappels", "reprends les rappels", "reactiver les rappels", "reactivez les rappels", "remettre les rappels",
        "reprendre les notifications", "reactiver les notifications", "resume reminders", "resume the reminders",
        "resume notifications", "turn reminders back on", "start reminders again", "restart reminders");

    private static readonly HashSet<string> BareResume = Phrases("reprendre", "reprends", "reprenez", "resume", "reactiver");

    /// <summary>The explicit command <paramref name="text"/> is, or null.</summary>
    public static ReminderCommand? RecognizeExplicit(string? text)
    {
        var phrase = Phrase(text);
        return ExplicitStop.Contains(phrase) ? ReminderCommand.Stop : ExplicitResume.Contains(phrase) ? ReminderCommand.Resume : null;
    }

    /// <summary>The bare word <paramref name="text"/> is ("stop", "reprendre"), or null.</summary>
    public static ReminderCommand? RecognizeBare(string? text)
    {
        var phrase = Phrase(text);
        return BareStop.Contains(phrase) ? ReminderCommand.Stop : BareResume.Contains(phrase) ? ReminderCommand.Resume : null;
    }

    private static string Phrase(string? text) => string.Join(' ', TextNormalizer.Tokenize(text));

    private static HashSet<string> Phrases(params string[] phrases) => new(phrases.Select(Phrase), StringComparer.Ordinal);
}
