using BenchmarkDotNet.Attributes;
using Majordome.Tests.Harness;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Majordome.Bench.Micro;

/// <summary>
/// Turns through the bot as the host composes it (same registrations, brand content from brand/), in memory:
/// what one turn of the dialog engine costs without HTTP. State lives in the memory storage, which serializes
/// to JSON exactly as the persistent ones do.
/// </summary>
[MemoryDiagnoser]
public class DialogTurnBenchmarks
{
    private static readonly string[] Booking = ["bonjour", "Réserver une table", "Bordeaux", "2", "samedi à 15h", "Marie", "06 12 34 56 78", "non"];
    private readonly Majordome.Bot.Adapters.InMemoryTurnAdapter _adapter = new();
    private ServiceProvider _services = null!;
    private IBot _bot = null!;
    private int _conversation;

    [GlobalSetup]
    public void Setup()
    {
        _services = BotServices.Build();
        foreach (var hosted in _services.GetServices<IHostedService>())
        {
            hosted.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        }

        _bot = _services.GetRequiredService<IBot>();
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    /// <summary>The bot's services, once <see cref="Setup"/> ran.</summary>
    internal ServiceProvider Services => _services;

    /// <summary>The booking flow's eight turns, up to the confirmation, in a new conversation.</summary>
    [Benchmark(OperationsPerInvoke = 8)]
    public async Task BookingFlowTurn()
    {
        var conversation = $"booking-{Interlocked.Increment(ref _conversation)}";
        foreach (var text in Booking)
        {
            await _adapter.ProcessAsync(Message(conversation, text), _bot.OnTurnAsync);
        }
    }

    /// <summary>A greeting, then a question answered from the FAQ.</summary>
    [Benchmark(OperationsPerInvoke = 2)]
    public async Task FaqTurn()
    {
        var conversation = $"faq-{Interlocked.Increment(ref _conversation)}";
        await _adapter.ProcessAsync(Message(conversation, "hello"), _bot.OnTurnAsync);
        await _adapter.ProcessAsync(Message(conversation, "how much is delivery?"), _bot.OnTurnAsync);
    }

    private static Activity Message(string conversation, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "webchat",
        ServiceUrl = "http://127.0.0.1:1/",
        From = new ChannelAccount("customer-" + conversation),
        Recipient = new ChannelAccount("bot"),
        Conversation = new ConversationAccount(id: conversation),
        Text = text,
        Locale = "fr-FR",
    };
}
