using System.Text.RegularExpressions;
using Majordome.Bot.Content.Flows;
using Majordome.Dialogs.Flows;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Dialogs.Flows;

/// <summary>
/// Plays the example flows' transcripts (brand/transcripts/*.transcript) through the bot with a minimal reading
/// of the shared format (user, bot with * and /regex/, card; comments, language), so the transcripts shipped with
/// the flows are known to pass. The marketers' `flows test` runner is the full implementation of the format.
/// </summary>
public sealed class ShippedFlowTranscriptTests
{
    public static TheoryData<string> Transcripts()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.BrandDirectory, "transcripts"), "*.transcript")
                     .Select(Path.GetFileName)
                     .Where(f => f!.StartsWith("launch-lead", StringComparison.Ordinal) || f.StartsWith("satisfaction-survey", StringComparison.Ordinal) || f.StartsWith("gift-finder", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(file!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Transcripts))]
    public async Task Transcript_Passes(string fileName)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot.BrandDirectory, "transcripts", fileName))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
        var language = lines[0].StartsWith("language:", StringComparison.Ordinal) ? lines[0]["language:".Length..].Trim() : "fr";
        var result = FlowLoader.Load(RepositoryRoot.BrandDirectory);
        var harness = new ConversationHarness(locale: language == "en" ? "en-US" : null, flows: new FlowCatalog(result.Flows), database: TestBrand.NewDatabase());
        var pending = new Queue<Microsoft.Bot.Schema.Activity>();
        var number = 0;
        foreach (var line in lines.Skip(lines[0].StartsWith("language:", StringComparison.Ordinal) ? 1 : 0))
        {
            number++;
            var (kind, value) = (line[..line.IndexOf(':', StringComparison.Ordinal)], line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());
            if (kind == "user")
            {
                Assert.True(pending.Count == 0, $"{fileName}, step {number}: unmatched reply \"{(pending.Count > 0 ? pending.Peek().Text : string.Empty)}\"");
                foreach (var reply in (await harness.SendAsync(value)).Messages)
                {
                    pending.Enqueue(reply);
                }

                continue;
            }

            Assert.True(pending.Count > 0, $"{fileName}, step {number}: expected \"{line}\" but the bot said nothing more");
            var next = pending.Dequeue();
            if (kind == "card")
            {
                Assert.Equal(value, next.Attachments?.FirstOrDefault()?.Name);
            }
            else
            {
                Assert.True(next.Attachments is not { Count: > 0 }, $"{fileName}, step {number}: expected text but got a card");
                Assert.Matches(Pattern(value), Normalize(next.Text));
            }
        }

        Assert.True(pending.Count == 0, $"{fileName}: unmatched reply \"{(pending.Count > 0 ? pending.Peek().Text : string.Empty)}\"");
    }

    private static string Normalize(string? text) => Regex.Replace(text ?? string.Empty, @"\s+", " ").Trim();

    private static Regex Pattern(string expected) =>
        expected.Length > 1 && expected[0] == '/' && expected[^1] == '/'
            ? new Regex(expected[1..^1], RegexOptions.Singleline)
            : new Regex("^" + string.Join(".*", Normalize(expected).Split('*').Select(Regex.Escape)) + "$", RegexOptions.Singleline);
}
