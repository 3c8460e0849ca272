using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.DirectLine;

/// <summary>
/// A message the bot accepted is handled to the end even when its client goes away meanwhile (a visitor reloading
/// the chat page right after a reply appeared): found by the returning-visitor browser test, whose cart was lost.
/// </summary>
public sealed class DirectLineTurnTests
{
    private const string Secret = "turn-secret-0123456789abcdef";

    [Fact]
    public async Task ClientAbortsThePost_TheTurnStillRunsToItsEnd()
    {
        var bot = new SlowBot();
        using var factory = new BotApplicationFactory(
            new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret },
            services => services.AddSingleton<IBot>(bot));
        var client = new DirectLineTestClient(factory.CreateClient());
        var started = await client.StartAsync(Secret);
        var (conversationId, token) = (started.Value<string>("conversationId")!, started.Value<string>("token")!);

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities")
        {
            Content = new StringContent(new JObject { ["type"] = "message", ["text"] = "2" }.ToString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", token);
        using var leaving = new CancellationTokenSource();
        var posting = client.Http.SendAsync(request, leaving.Token);
        await bot.Began.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => posting);
        bot.MayFinish.SetResult();

        var finished = await bot.Finished.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(finished, "The turn was cancelled when the client went away.");
    }

    /// <summary>A bot whose message turn waits until the test lets it finish, and reports whether it was cancelled.</summary>
    private sealed class SlowBot : IBot
    {
        public TaskCompletionSource Began { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource MayFinish { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<bool> Finished { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            if (turnContext.Activity.Type != ActivityTypes.Message)
            {
                return;
            }

            Began.TrySetResult();
            await MayFinish.Task;

            // Give a cancelled request's token time to be observed, as a state save would.
            await Task.Delay(200, CancellationToken.None);
            Finished.TrySetResult(cancellationToken.IsCancellationRequested);
        }
    }
}
