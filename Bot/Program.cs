using Majordome.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddRootAppSettings(builder.Environment);
builder.Services.AddMajordomeStorage(builder.Configuration);
builder.Services.AddBrandContent(builder.Configuration);
builder.Services.AddMajordomeData();
builder.Services.AddMajordomeBot(builder.Configuration);
builder.Services.AddMajordomeDirectLine(builder.Configuration);

var app = builder.Build();
app.UseMajordomeWebChannel();
app.MapMajordomeEndpoints();
app.Run();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
