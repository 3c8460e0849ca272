using Majordome.Bot.Content;
using Majordome.Dialogs.Content;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Bot.Content;

/// <summary>The shipped brand/ folder, loaded once for all tests; lazily, so a broken folder fails tests with its problem list.</summary>
public static class ShippedBrand
{
    private static readonly Lazy<BrandContent> Loaded = new(() => BrandContentLoader.Load(RepositoryRoot.BrandDirectory));

    public static BrandContent Content => Loaded.Value;
}
