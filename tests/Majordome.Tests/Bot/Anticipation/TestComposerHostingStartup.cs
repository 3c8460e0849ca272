using Majordome.Dialogs.Anticipation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

[assembly: HostingStartup(typeof(Majordome.Tests.Bot.Anticipation.TestComposerHostingStartup))]

namespace Majordome.Tests.Bot.Anticipation;

/// <summary>
/// Puts the test-only composer into a real bot process (the kill -9 test): loaded only by a process started with
/// <c>ASPNETCORE_HOSTINGSTARTUPASSEMBLIES=Majordome.Tests</c> (and the tests' deps.json), never by the bot itself.
/// </summary>
public sealed class TestComposerHostingStartup : IHostingStartup
{
    /// <summary>The kind of job only this composer writes.</summary>
    public const string Kind = "test-restart";

    /// <inheritdoc />
    public void Configure(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddSingleton<IProactiveMessageComposer>(new TestComposer(Kind, ProactiveCategory.Utility)));
}
