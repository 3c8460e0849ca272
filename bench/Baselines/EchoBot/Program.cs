using Majordome.Bench.EchoBot;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

// The smallest bot the SDK allows that still does what every real bot does per turn: load conversation state,
// answer, save the state. With no MicrosoftAppId, CloudAdapter accepts local traffic, as Majordome's does.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
builder.Services.AddSingleton<IBotFrameworkHttpAdapter, CloudAdapter>(sp => new CloudAdapter(
    sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));
builder.Services.AddSingleton<IStorage, MemoryStorage>();
builder.Services.AddSingleton<ConversationState>();
builder.Services.AddSingleton<IBot, EchoBot>();

var app = builder.Build();
app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot) =>
    adapter.ProcessAsync(request, response, bot, request.HttpContext.RequestAborted));
app.MapGet("/healthz", () => "Healthy");
app.Run();
