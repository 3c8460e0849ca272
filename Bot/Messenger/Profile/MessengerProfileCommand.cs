using Majordome.Bot.Hosting;
using Majordome.Bot.Messenger.Send;
using Majordome.Dialogs;
using Majordome.Dialogs.Localization;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Messenger.Profile;

/// <summary>
/// <c>dotnet run --project Bot -- messenger-profile</c>: sets each configured Page's Get Started button, greeting,
/// persistent menu and ice breakers, then exits (0 when every Page is as desired, 1 otherwise) without starting
/// the web host. Safe to run again: unchanged Pages only cost one GET.
/// </summary>
public static class MessengerProfileCommand
{
    /// <summary>The command-line argument.</summary>
    public const string Name = "messenger-profile";

    /// <summary>Whether <paramref name="args"/> ask for this command.</summary>
    public static bool IsRequested(string[] args) => args is [Name, ..];

    /// <summary>Runs the command with the application's configuration; writes what it did to <paramref name="output"/>.</summary>
    public static async Task<int> RunAsync(IConfiguration configuration, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(output);
        var messenger = configuration.GetSection(MessengerOptions.SectionName).Get<MessengerOptions>() ?? new MessengerOptions();
        if (messenger.Pages.Count == 0 || messenger.Pages.Any(p => string.IsNullOrWhiteSpace(p.PageId) || string.IsNullOrWhiteSpace(p.AccessToken)))
        {
            await output.WriteLineAsync("messenger-profile: no Page configured. Set Messenger:Pages:0:PageId and Messenger__Pages__0__AccessToken (see README, section Messenger).").ConfigureAwait(false);
            return 1;
        }

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(Options.Create(messenger));
        services.AddSingleton(Options.Create(configuration.GetSection(MessengerSendOptions.SectionName).Get<MessengerSendOptions>() ?? new MessengerSendOptions()));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<PageRateLimiter>();
        services.AddSingleton<ProfileCallBudget>();
        services.AddSingleton<MessengerProfileSync>();
        services.AddHttpClient<MessengerGraphClient>().RedactLoggedHeaders(_ => true);
        await using var provider = services.BuildServiceProvider();

        var brand = configuration.GetSection(BrandOptions.SectionName).Get<BrandOptions>() ?? new BrandOptions();
        var language = configuration.GetSection(ConversationOptions.SectionName).Get<ConversationOptions>()?.DefaultLanguage ?? Languages.French;
        // The flows placed in the persistent menu or the ice breakers (menu: in their files); broken files are left out, as at start-up.
        var content = configuration.GetSection(BrandContentOptions.SectionName).Get<BrandContentOptions>()?.ContentDirectory ?? "brand";
        var flows = Majordome.Bot.Content.Flows.FlowLoader.Load(content).Flows;
        var desired = MessengerProfileBuilder.Build(brand.Name, language, Localizer.Default, flows);
        var sync = provider.GetRequiredService<MessengerProfileSync>();
        var failed = 0;
        foreach (var page in messenger.Pages)
        {
            try
            {
                var changed = await sync.SyncAsync(page.PageId, desired, cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync($"Page {page.PageId}: {(changed ? "profile updated (Get Started, greeting, menu, ice breakers)" : "profile already up to date, nothing sent")}.").ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is MessengerSendException or InvalidOperationException or HttpRequestException)
            {
                failed++;
                await output.WriteLineAsync($"Page {page.PageId}: failed: {exception.Message}").ConfigureAwait(false);
            }
        }

        return failed == 0 ? 0 : 1;
    }
}
