using Majordome.Bot.Content.Transcripts;
using Majordome.Tests.Bot.Content.Transcripts;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Conversations;

/// <summary>
/// The conversation corpus (tests/conversations/**/*.transcript): customers who type as often as they click, in
/// both languages, played against the bot as the host composes it (trained recognizer, shipped brand), on every
/// channel a transcript names, by default Web Chat (cards) and Messenger (quick replies and templates).
/// </summary>
[Collection(ShippedBrandBotCollection.Name)]
public sealed class ConversationCorpusTests(ShippedBrandBot shipped)
{
    /// <summary>Where the corpus lives, relative to the repository.</summary>
    public static string Folder => Path.Combine(RepositoryRoot.Path, "tests", "conversations");

    /// <summary>The channels a transcript without a channels: line is played on.</summary>
    public static readonly IReadOnlyList<string> DefaultChannels = ["webchat", "facebook"];

    public static TheoryData<string, string> Conversations()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in TranscriptSuite.Find(Folder))
        {
            var relative = Path.GetRelativePath(Folder, file).Replace('\\', '/');
            var channels = TranscriptParser.ReadFile(file).Transcript?.Channels ?? DefaultChannels;
            foreach (var channel in channels)
            {
                data.Add(relative, channel);
            }
        }

        return data;
    }

    [Fact]
    public void Find_CorpusFolder_FindsTheTranscriptsOfEveryTopicFolder()
    {
        // What `flows test tests/conversations` and the conversation bench play: the corpus lives in topic folders.
        var files = TranscriptSuite.Find(Folder);

        Assert.True(files.Count >= 270, $"{files.Count} transcripts found");
        Assert.Contains(files, f => f.EndsWith(Path.Combine("small-talk", "hello-again-en.transcript"), StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(Path.Combine("booking", Path.GetFileName(f)), StringComparison.Ordinal));
    }

    [Fact]
    public void Corpus_EveryFileReads()
    {
        var problems = TranscriptSuite.Find(Folder)
            .SelectMany(f => TranscriptParser.ReadFile(f, Path.GetRelativePath(Folder, f)).Problems)
            .Select(p => p.ToString())
            .ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(Conversations))]
    public async Task Conversation_Passes(string file, string channel)
    {
        var parsed = TranscriptParser.ReadFile(Path.Combine(Folder, file), file);
        Assert.True(parsed.Transcript is not null, string.Join(Environment.NewLine, parsed.Problems));

        var result = await shipped.Bot.RunAsync(parsed.Transcript, channelId: channel);

        Assert.True(result.Passed, $"[{channel}] " + TranscriptReport.Of(new TranscriptRun(file, [], result)));
    }
}
