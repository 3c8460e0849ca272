using Majordome.Bot.Storage;
using Microsoft.Bot.Builder;

namespace Majordome.Tests.Bot.Storage;

/// <summary>The storage contract on <see cref="JsonMemoryStorage"/>; it has no behaviour of its own to test.</summary>
public sealed class JsonMemoryStorageTests : StorageContractTests
{
    protected override IStorage CreateStorage() => new JsonMemoryStorage();
}
