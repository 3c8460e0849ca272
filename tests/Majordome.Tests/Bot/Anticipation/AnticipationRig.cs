using Majordome.Bot.Anticipation;
using Majordome.Bot.Data;
using Majordome.Bot.Hosting;
using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.OptIns;
using Majordome.Bot.Messenger.Rendering;
using Majordome.Bot.Messenger.Send;
using Majordome.Bot.Messenger.State;
using Majordome.Bot.WhatsApp;
using Majordome.Bot.WhatsApp.Rendering;
using Majordome.Bot.WhatsApp.Send;
using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Localization;
using Majordome.Tests.Bot.Messenger;
using Majordome.Tests.Bot.Messenger.FakeGraph;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Majordome.Tests.Bot.Anticipation;

/// <summary>
/// The production composition of the scheduler (<see cref="AnticipationServiceCollectionExtensions.AddMajordomeAnticipation"/>)
/// over a real database and the real Messenger sender talking to the fake Graph server on loopback; the scheduler's
/// clock is a <see cref="FakeTimeProvider"/> (Graph's own retries keep the system clock, with millisecond delays).
/// Each <see cref="Instance"/> is one bot instance: its own provider and claims over the same database.
/// </summary>
public sealed class AnticipationRig : IAsyncDisposable
{
    public const string PageCustomer = "facebook/" + MessengerRig.Psid;

    private readonly List<ServiceProvider> _providers = [];

    private AnticipationRig(MessengerRig messenger, BusinessDatabase database, FakeTimeProvider clock)
    {
        Messenger = messenger;
        Database = database;
        Clock = clock;
    }

    public MessengerRig Messenger { get; }

    public FakeGraphServer Graph => Messenger.Graph;

    public BusinessDatabase Database { get; }

    public FakeTimeProvider Clock { get; }

    public List<IProactiveMessageComposer> Composers { get; } = [];

    public Action<ProactiveOptions> Configure { get; set; } = _ => { };

    /// <summary>A rig over the rig's SQLite file, or over <paramref name="database"/> (PostgreSQL).</summary>
    public static async Task<AnticipationRig> StartAsync(BusinessDatabase? database = null, DateTimeOffset? now = null)
    {
        var messenger = await MessengerRig.StartAsync();
        return new AnticipationRig(messenger, database ?? messenger.Database, new FakeTimeProvider(now ?? new DateTimeOffset(2026, 12, 8, 10, 0, 0, TimeSpan.Zero)));
    }

    /// <summary>One bot instance's services (built once per call), over <paramref name="database"/> (its own pool) or the rig's.</summary>
    public IServiceProvider Instance(BusinessDatabase? database = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(Messenger.Logs).SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<TimeProvider>(Clock);
        var own = database ?? Database;
        services.AddSingleton(own);
        services.AddSingleton(Messenger.Renderer);
        services.AddSingleton(Messenger.Sender);
        services.AddSingleton<IMessagingWindow>(new SqlMessagingWindow(own));
        services.AddSingleton(new SqlMessengerOptIns(own));
        services.AddSingleton(new WhatsAppRenderer(Localizer.Default));
        var whatsApp = new WhatsAppOptions { GraphBaseUrl = Graph.BaseUrl };
        var number = new WhatsAppNumberOptions { PhoneNumberId = FakeGraphServer.WhatsAppNumberId, AccessToken = FakeGraphServer.WhatsAppToken };
        number.Templates.Add(new WhatsAppTemplateOptions { Name = "booking_reminder", Language = "fr" });
        whatsApp.PhoneNumbers.Add(number);
        services.AddSingleton(Options.Create(whatsApp));
        services.AddSingleton(sp => new WhatsAppGraphClient(new HttpClient(), sp.GetRequiredService<IOptions<WhatsAppOptions>>(),
            new StaticOptionsMonitor<MessengerSendOptions>(new MessengerSendOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(5) }), TimeProvider.System, sp.GetRequiredService<ILogger<WhatsAppGraphClient>>()));
        services.AddSingleton(sp => new WhatsAppSender(sp.GetRequiredService<WhatsAppGraphClient>(), sp.GetRequiredService<IMessagingWindow>(), sp.GetRequiredService<IOptions<WhatsAppOptions>>(), Clock, sp.GetRequiredService<ILogger<WhatsAppSender>>()));
        services.AddMajordomeAnticipation();
        services.Configure<ProactiveOptions>(o =>
        {
            // Quiet hours and pace have their own tests; elsewhere they would only hide what is tested.
            o.QuietHoursStart = o.QuietHoursEnd;
            o.PacePeriod = TimeSpan.Zero;
            o.RetryBaseDelay = TimeSpan.FromMinutes(1);
            Configure(o);
        });
        foreach (var composer in Composers)
        {
            services.AddSingleton(composer);
        }

        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider;
    }

    /// <summary>The customer of the rig's Messenger thread wrote at <paramref name="at"/> (opens the 24-hour window).</summary>
    public Task CustomerWroteAsync(DateTimeOffset at) => new SqlMessagingWindow(Database).RecordCustomerActivityAsync(MessengerRig.Thread, at, CancellationToken.None);

    /// <summary>A job for the rig's Messenger customer.</summary>
    public static ProactiveJobRequest MessengerJob(string kind, DateTimeOffset due, string? onceKey = null, string locale = "fr-FR") =>
        new(kind, new ProactiveAddress(PageCustomer, MessengerChannels.Facebook, MessengerRig.Psid, MessengerRig.Thread.ConversationId, null, locale, "Europe/Paris"), due, "{}", onceKey);

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        await Messenger.DisposeAsync();
    }
}

/// <summary>An options monitor that always answers the same value.</summary>
public sealed class StaticOptionsMonitor<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;

    public T Get(string? name) => value;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
