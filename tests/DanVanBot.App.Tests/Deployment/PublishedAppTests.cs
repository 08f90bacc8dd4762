using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Storage.Tests.Infrastructure;
using RequiresPostgresFactAttribute = DanVanBot.Storage.Tests.Infrastructure.RequiresPostgresFactAttribute;
using Npgsql;
using static DanVanBot.App.Tests.Plans.PlanImportHarness;

namespace DanVanBot.App.Tests.Deployment;

/// <summary>
/// docs/deploy.md followed as a new operator would, here: <c>dotnet publish</c>, then the published app started in
/// Production with an app id, a client secret and PostgreSQL. It must come up (migrations, first-run import),
/// report the database and schema version on /healthz, and refuse an unauthenticated message with 401.
/// </summary>
public sealed partial class PublishedAppTests
{
    private static readonly TimeSpan PublishLimit = TimeSpan.FromMinutes(5);

    // The configuration this test assembly was built in (bin/<Configuration>/net10.0/).
    private static string Configuration =>
        new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(2);

    [RequiresPostgresFact]
    public async Task PublishedApp_InProductionOnPostgres_ReportsHealthAndRefusesUnauthenticatedMessages()
    {
        var output = Directory.CreateTempSubdirectory("danvanbot-publish-").FullName;
        var database = $"danvan_deploy_{Guid.NewGuid():N}"[..28];
        Process? bot = null;
        try
        {
            // The guide publishes with -c Release; here the Debug build this test project already compiled is published
            // (--no-build): the same publish step and output layout, without compiling everything a second time.
            var publish = await ChildProcess.RunAsync(ChildProcess.Command("dotnet", "publish", RepoFile("src", "DanVanBot.App", "DanVanBot.App.csproj"),
                "-c", Configuration, "--no-build", "-o", output, "--disable-build-servers", "--nologo"), PublishLimit);
            Assert.True(publish.ExitCode == 0, publish.Output + publish.Error);

            var connectionString = await PostgresServer.CreateDatabaseAsync(database);
            (bot, var baseAddress) = await StartPublishedAsync(output, connectionString);
            using var http = new HttpClient { BaseAddress = baseAddress };

            using var health = await http.GetAsync("/healthz");
            var body = JsonNode.Parse(await health.Content.ReadAsStringAsync())!;
            Assert.True(health.StatusCode == HttpStatusCode.OK, body.ToJsonString());
            Assert.Equal("Healthy", body["checks"]!["database"]!["status"]!.GetValue<string>());
            Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", body["checks"]!["database"]!["data"]!["provider"]!.GetValue<string>());
            Assert.Equal(await LastAppliedMigrationAsync(connectionString), body["schemaVersion"]!.GetValue<string>());
            Assert.False(string.IsNullOrEmpty(body["appVersion"]!.GetValue<string>()));
            using var ready = await http.GetAsync("/healthz/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);

            using var message = await http.PostAsync("/api/messages",
                new StringContent(Activities.Message("https://smba.trafficmanager.net/amer/", "trợ giúp").ToJsonString(), Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Unauthorized, message.StatusCode);
        }
        finally
        {
            if (bot is not null)
            {
                bot.Kill(entireProcessTree: true);
                await bot.WaitForExitAsync();
                bot.Dispose();
            }
            if (PostgresServer.AdminConnectionString is not null) await PostgresServer.DropDatabaseAsync(database);
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>Starts the published DanVanBot.dll as deploy.md says, and waits for Kestrel's "Now listening on" line.</summary>
    private static async Task<(Process Process, Uri BaseAddress)> StartPublishedAsync(string folder, string connectionString)
    {
        var start = ChildProcess.Command("dotnet", Path.Combine(folder, "DanVanBot.dll"), "--urls", "http://127.0.0.1:0");
        start.WorkingDirectory = folder;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Bot__MicrosoftAppType"] = "SingleTenant";
        start.Environment["Bot__MicrosoftAppId"] = Guid.NewGuid().ToString();
        start.Environment["Bot__MicrosoftAppTenantId"] = Guid.NewGuid().ToString();
        start.Environment["Bot__MicrosoftAppPassword"] = "a-client-secret-from-the-app-registration";
        start.Environment["Storage__Provider"] = "Postgres";
        start.Environment["ConnectionStrings__DanVan"] = connectionString;

        var process = Process.Start(start)!;
        var log = new StringBuilder();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null) return;
            lock (log) log.AppendLine(line.Data);
            if (ListeningOn().Match(line.Data) is { Success: true } match) listening.TrySetResult(new Uri(match.Groups[1].Value));
        };
        process.ErrorDataReceived += (_, line) => { lock (log) log.AppendLine(line.Data); };
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The published app exited."));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            return (process, await listening.Task.WaitAsync(StartLimit));
        }
        catch (Exception error)
        {
            process.Kill(entireProcessTree: true);
            lock (log) throw new InvalidOperationException("The published app did not start:\n" + log, error);
        }
    }

    private static async Task<string> LastAppliedMigrationAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "MigrationId" FROM "__EFMigrationsHistory" ORDER BY "MigrationId" DESC LIMIT 1""", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
