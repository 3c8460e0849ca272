using Majordome.Bench.Conversations;
using Majordome.Bot.Content.Transcripts;
using Majordome.Tests.Harness;
using Microsoft.Extensions.Configuration;

// Usage: dotnet run -c Release --project bench/Majordome.Bench.Conversations -- [play] [file-or-folder]
//        dotnet run -c Release --project bench/Majordome.Bench.Conversations -- record <file-or-folder> [channel]
// play (the default) plays every transcript of the corpus (tests/conversations) on the shipped bot and prints, per
// conversation, whether it passed, whether its goal: was reached and after how many customer turns, and how many
// replies were a fallback ("I didn't understand"); then the totals. record plays only the customer's lines of one
// transcript and prints what the bot answered as a draft transcript (for writing a new conversation).
var command = args.Length > 0 && args[0] is "play" or "record" ? args[0] : "play";
var rest = args.Length > 0 && args[0] is "play" or "record" ? args[1..] : args;
var root = RepositoryRoot.Path;
var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(root, "appsettings.json")).Build();
try
{
    await using var bot = await TranscriptBot.StartAsync(RepositoryRoot.BrandDirectory, configuration);
    if (command == "record")
    {
        if (rest.Length == 0)
        {
            Console.Error.WriteLine("error: record needs a transcript file.");
            return 2;
        }

        var files = TranscriptSuite.Find(rest[0]);
        var code = 0;
        foreach (var file in files)
        {
            // A folder's drafts follow one another, each under its file's name.
            if (files.Count > 1)
            {
                Console.WriteLine("==> " + Path.GetRelativePath(rest[0], file));
            }

            code = Math.Max(code, await DraftTranscript.PrintAsync(bot, file, rest.Length > 1 ? rest[1] : null, Console.Out));
        }

        return code;
    }

    var target = rest.Length > 0 ? Path.GetFullPath(rest[0]) : Path.Combine(root, "tests", "conversations");
    await using var measuringBot = await TranscriptBot.StartAsync(RepositoryRoot.BrandDirectory, configuration);
    var report = await CorpusPlayer.PlayAsync(bot, measuringBot, target, Console.Out);
    report.Print(Console.Out);
    return report.Failed == 0 ? 0 : 1;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
