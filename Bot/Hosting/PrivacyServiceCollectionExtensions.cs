using Majordome.Bot.Privacy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Hosting;

/// <summary>Registers the customers' data requests (export, erasure) and the console's shared key ring.</summary>
public static class PrivacyServiceCollectionExtensions
{
    /// <summary>The Data Protection application name: the same on every instance, whatever folder it runs from.</summary>
    public const string DataProtectionApplicationName = "Majordome";

    /// <summary>
    /// Adds the export and the erasure, the record of whose conversations are whose (the bot is wrapped: call after
    /// AddMajordomeTeam), the conversations' own data requests, and, on PostgreSQL, the Data Protection key ring in
    /// the business database, so the console's cookies and anti-forgery tokens are valid on every instance.
    /// </summary>
    public static IServiceCollection AddMajordomePrivacy(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddMajordomePrivacyStores();
        ServiceDecoration.Decorate<IBot>(services, (sp, inner) => new CustomerConversationsBot(
            inner, sp.GetRequiredService<SqlCustomerConversations>(), sp.GetRequiredService<SqlCustomerErasure>(), sp.GetRequiredService<ILogger<CustomerConversationsBot>>()));

        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName);
        services.AddSingleton<SqlXmlRepository>();
        services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((keys, sp) =>
        {
            // Resolved when the key ring is first needed, so configuration added later (environment, tests) decides.
            if (sp.GetRequiredService<IOptions<StorageOptions>>().Value.UsesPostgres)
            {
                keys.XmlRepository = sp.GetRequiredService<SqlXmlRepository>();
            }
        });
        return services;
    }

    /// <summary>The export and the erasure alone (what the <c>privacy</c> command needs, without the web host).</summary>
    public static IServiceCollection AddMajordomePrivacyStores(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<SqlCustomerConversations>();
        services.AddSingleton<CustomerDataExport>();
        services.AddOptions<ErasureRecordOptions>().BindConfiguration(ErasureRecordOptions.SectionName);
        services.AddSingleton<ErasureRecordHash>();
        services.AddSingleton<SqlCustomerErasure>();
        services.AddSingleton<Majordome.Dialogs.Privacy.ICustomerData, CustomerDataRequests>();
        return services;
    }
}
