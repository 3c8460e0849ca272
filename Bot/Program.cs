using Majordome.Bot.Hosting;
using Majordome.Bot.Telemetry;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddRootAppSettings(builder.Environment);
if (Majordome.Bot.Messenger.Profile.MessengerProfileCommand.IsRequested(args))
{
    // A one-off set-up command: configure the Pages' Messenger profile and exit, without starting the web host.
    return await Majordome.Bot.Messenger.Profile.MessengerProfileCommand.RunAsync(builder.Configuration, Console.Out);
}

if (FlowsCommand.IsRequested(args))
{
    // Checks the marketer's flow files and exits, without starting the web host.
    return await FlowsCommand.RunAsync(args, builder.Configuration, Console.Out);
}

if (TeamCommand.IsRequested(args))
{
    // The team console's accounts, without starting the web host.
    return await TeamCommand.RunAsync(args, builder.Configuration, ConsolePassword.Read, Console.Out);
}

if (PrivacyCommand.IsRequested(args))
{
    // A customer's data request (export, erasure) handled by an operator, without starting the web host.
    return await PrivacyCommand.RunAsync(args, builder.Configuration, Environment.UserName, Console.Out);
}

if (AnalyticsCommand.IsRequested(args))
{
    // A report for the brand from the database, without starting the web host.
    return await AnalyticsCommand.RunAsync(args, builder.Configuration, Console.Out);
}

if (OrdersCommand.IsRequested(args))
{
    // The back office's order statuses from the command line, without starting the web host.
    // The customer is told through the durable schedule, which the running bot's worker sends.
    return await OrdersCommand.RunAsync(args, builder.Configuration, Console.Out, services => services.AddMajordomeProactiveSchedule().AddMajordomeAnticipationSenders());
}

if (StockCommand.IsRequested(args))
{
    // The back office's stock from the command line, without starting the web host; a product back from zero is
    // announced to the customers waiting for it through the durable schedule, which the running bot's worker sends.
    return await StockCommand.RunAsync(args, builder.Configuration, Console.Out, services => services.AddMajordomeProactiveSchedule().AddMajordomeAnticipationSenders());
}

if (ExperimentsCommand.IsRequested(args))
{
    // The flows' A/B tests, per variant, from the database, without starting the web host.
    return await ExperimentsCommand.RunAsync(args, builder.Configuration, Console.Out);
}

if (JobsCommand.IsRequested(args))
{
    // The scheduled proactive messages: list or cancel them, without starting the web host.
    return await JobsCommand.RunAsync(args, builder.Configuration, Console.Out);
}

// ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS, --urls or Urls decide where to listen; with none, this machine only.
if (!ListenAddresses.AreConfigured(builder.Configuration))
{
    builder.WebHost.UseUrls(ListenAddresses.Development);
}

// Under systemd (Type=notify) the service manager is told when the bot is ready and when it stops; elsewhere nothing.
builder.Host.UseSystemd();

builder.Services.AddMajordomeTelemetry(builder.Configuration);
builder.Services.AddMajordomeStorage(builder.Configuration);
builder.Services.AddBrandContent(builder.Configuration);
builder.Services.AddMajordomeData();
builder.Services.AddMajordomeAnalytics();
builder.Services.AddMajordomeBot(builder.Configuration);
builder.Services.AddMajordomeDirectLine(builder.Configuration);
builder.Services.AddMajordomeTeam();
builder.Services.AddMajordomePrivacy();
builder.Services.AddMajordomeIdentityLinks();
builder.Services.AddMajordomeMessengerInbound(builder.Configuration);
builder.Services.AddMajordomeMessengerOutbound(builder.Configuration);
builder.Services.AddMajordomeWhatsApp(builder.Configuration);
builder.Services.AddMajordomeCalendarLinks();
builder.Services.AddMajordomeAnticipation();
builder.Services.AddMajordomeAnticipationSenders();

var app = builder.Build();
app.UseMajordomeWebChannel();
app.UseAuthentication();
app.UseAuthorization();
app.MapMajordomeEndpoints();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
