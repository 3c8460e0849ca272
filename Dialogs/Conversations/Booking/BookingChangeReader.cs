using System.Text.RegularExpressions;
using Majordome.Cards;
using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Conversations.Booking;

/// <summary>
/// Reads a typed change to a booking, in French or English: "annulez ma réservation", "cancel it", "je ne pourrai
/// pas venir", "can we move it to Saturday?", "décaler MT-7K2QX". A card's Cancel or Move button says the same
/// through its submit data; this is for customers who type.
/// </summary>
public static partial class BookingChangeReader
{
    // Words, after lower-casing and removing accents, that ask to cancel or to move.
    private static readonly Dictionary<string, Change> Words = Build();

    // Longest first: "can t come" is one phrase, not "come".
    private const int MaxPhraseLength = 4;

    /// <summary>The change the text asks for (the first one it names), or null when it asks for none.</summary>
    public static BookingChange? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var tokens = TextNormalizer.Tokenize(text);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (PhraseTable.LongestAt(tokens, i, Words, MaxPhraseLength).Value is { } change)
            {
                return new BookingChange(change == Change.Cancel ? CardActions.CancelBooking : CardActions.MoveBooking, FindReference(text));
            }
        }

        return null;
    }

    /// <summary>A booking reference written in the text ("MT-7K2QX", "mt 7k2qx"), upper-cased, or null.</summary>
    public static string? FindReference(string? text)
    {
        var match = string.IsNullOrEmpty(text) ? Match.Empty : Reference().Match(text);
        return match.Success ? "MT-" + match.Groups["code"].Value.ToUpperInvariant() : null;
    }

    [GeneratedRegex(@"(?i)\bMT[\s-]?(?<code>[2-9A-HJKMNP-Z]{5})\b")]
    private static partial Regex Reference();

    private enum Change
    {
        Cancel,
        Move,
    }

    private static Dictionary<string, Change> Build()
    {
        var words = new Dictionary<string, Change>(StringComparer.Ordinal);
        foreach (var phrase in new[]
        {
            "annuler", "annule", "annulez", "annulation", "annules", "supprimer", "supprime", "supprimez", "decommander",
            "decommande", "peux pas venir", "pourrai pas venir", "pourrons pas venir", "pourra pas venir",
            "cancel", "cancelled", "canceled", "cancelling", "canceling", "cancellation", "delete", "remove", "call off",
            "can t come", "cannot come", "can t make it", "cannot make it", "won t make it", "won t be able to come",
        })
        {
            words[phrase] = Change.Cancel;
        }

        foreach (var phrase in new[]
        {
            "deplacer", "deplace", "deplacez", "decaler", "decale", "decalez", "reporter", "reporte", "reportez",
            "changer", "change", "changez", "modifier", "modifie", "modifiez", "avancer", "avance", "avancez", "reculer",
            "move", "reschedule", "postpone", "push back", "bring forward", "another day", "another time", "autre jour",
            "autre heure", "autre date", "another date", "different day", "different time",
        })
        {
            words[phrase] = Change.Move;
        }

        return words;
    }
}
