using System.Globalization;

namespace Majordome.Bench.Understanding;

/// <summary>One held-out FAQ question: its text, the entry that answers it (null when none does), its language.</summary>
/// <param name="Text">The question as a customer would type it.</param>
/// <param name="Expected">The FAQ entry id that answers it, or null when the FAQ has no answer.</param>
/// <param name="Language">"fr" or "en".</param>
public sealed record FaqQuestion(string Text, string? Expected, string Language)
{
    /// <summary>Reads a tab-separated file: text, entry id or <c>none</c>, language; <c>#</c> starts a comment line.</summary>
    public static IReadOnlyList<FaqQuestion> ReadFile(string path)
    {
        var questions = new List<FaqQuestion>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 3 || fields[2] is not ("fr" or "en"))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{path}, line {number}: expected text<TAB>entry id or none<TAB>fr|en"));
            }

            questions.Add(new FaqQuestion(fields[0], fields[1] == "none" ? null : fields[1], fields[2]));
        }

        return questions;
    }
}
