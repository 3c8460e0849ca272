namespace Majordome.Bench.Load;

/// <summary>One server under load: the assembly to start and its settings (environment variables).</summary>
/// <param name="Name">Its name in the report and on the command line.</param>
/// <param name="AssemblyFile">The web app's DLL, next to the benchmark.</param>
/// <param name="Settings">Configuration keys and values.</param>
/// <param name="IsBaseline">Whether Majordome's figures are compared with it.</param>
/// <param name="Channel">The endpoint the load goes through.</param>
public sealed record Target(string Name, string AssemblyFile, IReadOnlyDictionary<string, string> Settings, bool IsBaseline, TargetChannel Channel = TargetChannel.ExpectReplies);

/// <summary>The endpoint a target is loaded through.</summary>
public enum TargetChannel
{
    /// <summary><c>POST /api/messages</c> with expectReplies: the replies are in the response.</summary>
    ExpectReplies,

    /// <summary>Signed Messenger webhooks to <c>POST /api/messenger</c>; the replies arrive at the fake Send API.</summary>
    MessengerWebhook,

    /// <summary>Direct Line (Web Chat's protocol): post a message, then poll the replies with the watermark.</summary>
    DirectLine,
}
