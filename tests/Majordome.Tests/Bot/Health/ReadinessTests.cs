using System.Net;
using Majordome.Bot.Health;
using Majordome.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Majordome.Tests.Bot.Health;

/// <summary><c>/readyz</c> waits for the start-up work; <c>/healthz</c> does not.</summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task Check_ReportsWhatIsStillBeingDone_UntilBothAreDone()
    {
        var readiness = new StartupReadiness();
        var check = new ReadinessHealthCheck(readiness);

        var cold = await check.CheckHealthAsync(new HealthCheckContext());
        readiness.MarkRecognizersWarm();
        var training = await check.CheckHealthAsync(new HealthCheckContext());
        readiness.MarkUnderstandingSettled();
        var ready = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal((HealthStatus.Unhealthy, "Starting: date and number recognizers warming up, intent recognizer training."), (cold.Status, cold.Description));
        Assert.Equal((HealthStatus.Unhealthy, "Starting: intent recognizer training."), (training.Status, training.Description));
        Assert.Equal(HealthStatus.Healthy, ready.Status);
    }

    [Fact]
    public async Task AWarmUpNotDone_Readyz503_WhileHealthzIs200()
    {
        // Without the recognizers' warm-up the instance never says it is ready.
        using var factory = new BotApplicationFactory(services: services =>
        {
            foreach (var warmUp in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(RecognizerWarmUp)).ToList())
            {
                services.Remove(warmUp);
            }
        });
        using var client = factory.CreateClient();
        Assert.DoesNotContain(factory.Services.GetServices<IHostedService>(), s => s is RecognizerWarmUp);

        var ready = await client.GetAsync("/readyz");
        var alive = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public async Task AFreshInstance_BecomesReadyOnceItsRecognizersAreWarm()
    {
        using var factory = new BotApplicationFactory(new() { ["Understanding:TrainAtStartup"] = "true" });
        using var client = factory.CreateClient();

        var status = HttpStatusCode.ServiceUnavailable;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            status = (await client.GetAsync("/readyz")).StatusCode;
            await Task.Delay(100);
        }

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(factory.Services.GetRequiredService<Majordome.Dialogs.Understanding.IntentModelHolder>().Current is not null, "ready before the intent recognizer was trained");
    }
}
