using Majordome.Bot.Content;
using Majordome.Dialogs.Content;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Hosting;

/// <summary>Registers the brand content (brand/*.yaml) behind the interfaces the conversations ask for.</summary>
public static class BrandContentServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="BrandContent"/>, <see cref="BrandSettings"/>, <see cref="ICatalog"/>,
    /// <see cref="IBoutiqueDirectory"/> and <see cref="IFaqSource"/>, loaded from Brand:ContentDirectory and
    /// validated when the host starts: broken content stops the start with the full list of problems.
    /// </summary>
    public static IServiceCollection AddBrandContent(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BrandContentOptions>()
            .Bind(configuration.GetSection(BrandContentOptions.SectionName))
            // Outside a host (tools, tests that build the services by hand) the content root is the working directory.
            .PostConfigure<IServiceProvider>((options, sp) => options.ContentDirectory = BrandContentLocation.Resolve(
                options.ContentDirectory,
                sp.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory(),
                AppContext.BaseDirectory))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<BrandContentCache>();
        services.AddSingleton<IValidateOptions<BrandContentOptions>, BrandContentValidation>();

        // Reading the options runs the validation above, so a broken folder surfaces as the full list here too.
        services.AddSingleton(sp => sp.GetRequiredService<BrandContentCache>()
            .Get(sp.GetRequiredService<IOptions<BrandContentOptions>>().Value.ContentDirectory));
        services.AddSingleton(sp => sp.GetRequiredService<BrandContent>().Settings);
        services.AddSingleton<ICatalog>(sp => new LoadedCatalog(ProductImages.Resolve(
            sp.GetRequiredService<BrandContent>().Products,
            sp.GetService<IOptions<PublicUrlOptions>>()?.Value.BaseUri)));
        services.AddSingleton<IBoutiqueDirectory>(sp => new LoadedBoutiqueDirectory(sp.GetRequiredService<BrandContent>().Boutiques));
        services.AddSingleton<IFaqSource>(sp => new LoadedFaqSource(sp.GetRequiredService<BrandContent>().Faq));
        return services;
    }
}
