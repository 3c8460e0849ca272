using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Majordome.Tests.Bot.WebChat;

public sealed class ChatUrlAnnouncerTests
{
    [Fact]
    public void AtStartUp_TheChatUrlIsPrinted_AndThatTheSecretWasMadeUp()
    {
        var logs = new CapturingLoggerProvider();
        using var factory = new BotApplicationFactory(services: s => s.AddSingleton<ILoggerProvider>(logs));
        using var client = factory.CreateClient();

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!logs.Messages.Any(m => m.StartsWith("Chat with the bot at", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
        }

        Assert.Contains($"Chat with the bot at {client.BaseAddress}", logs.Messages);
        Assert.Contains(logs.Messages, m => m.StartsWith("No DirectLine:Secret is configured", StringComparison.Ordinal));
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Enqueue(formatter(state, exception));

        public void Dispose()
        {
        }
    }
}
