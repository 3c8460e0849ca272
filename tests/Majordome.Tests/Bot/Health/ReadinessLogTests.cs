using System.Net;
using Majordome.Bot.Health;
using Majordome.Bot.Hosting;
using Majordome.Tests.Bot.Messenger;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Majordome.Tests.Bot.Health;

/// <summary>What a warming instance logs while a load balancer probes <c>/readyz</c>: no errors, one line per stage.</summary>
public sealed class ReadinessLogTests
{
    [Fact]
    public async Task ProbesWhileWarmingUp_No503LoggedAsError_EachStageLoggedOnceAtInformation()
    {
        var logs = new CapturedLogs();
        using var factory = new BotApplicationFactory(
            new() { ["Understanding:TrainAtStartup"] = "false" },
            services =>
            {
                // The test says when the warm-up is done.
                foreach (var warmUp in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(RecognizerWarmUp)).ToList())
                {
                    services.Remove(warmUp);
                }

                services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
            });
        using var client = factory.CreateClient();
        var readiness = factory.Services.GetRequiredService<StartupReadiness>();

        // Twenty probes, as a load balancer probing every half second for ten seconds.
        var cold = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            cold.Add((await client.GetAsync("/readyz")).StatusCode);
        }

        readiness.MarkRecognizersWarm();
        readiness.MarkRecognizersWarm();
        var warm = await client.GetAsync("/readyz");

        Assert.All(cold, s => Assert.Equal(HttpStatusCode.ServiceUnavailable, s));
        Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        Assert.DoesNotContain(logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
        var stages = logs.Lines.Where(l => l.Contains("Start-up:", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, stages.Count);
        Assert.All(stages, l => Assert.StartsWith("Information", l, StringComparison.Ordinal));
        Assert.Contains(stages, l => l.Contains("intent recognizer settled", StringComparison.Ordinal));
        Assert.Contains(stages, l => l.Contains("date and number recognizers warm", StringComparison.Ordinal) && l.Contains("ready for customers", StringComparison.Ordinal));
    }
}
