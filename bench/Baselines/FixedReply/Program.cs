using System.Text.Json;

// Reads and parses the posted activity (as any bot must) and answers an expectReplies body with one fixed message.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();
var reply = """{"activities":[{"type":"message","text":"OK"}]}"""u8.ToArray();
app.MapPost("/api/messages", async (HttpRequest request, HttpResponse response) =>
{
    using var activity = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
    response.ContentType = "application/json";
    await response.Body.WriteAsync(reply, request.HttpContext.RequestAborted);
});
app.MapGet("/healthz", () => "Healthy");
app.Run();
