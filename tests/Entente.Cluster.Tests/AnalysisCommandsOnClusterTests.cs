using Entente.Cluster.Tests.Infrastructure;

namespace Entente.Cluster.Tests;

/// <summary><c>entente sensitivity --cluster</c> and <c>entente backtest --cluster</c> as a user runs them, on an <c>entente silo</c> process.</summary>
public sealed class AnalysisCommandsOnClusterTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(150);

    [Theory]
    [InlineData("sensitivity")]
    [InlineData("backtest")]
    [InlineData("compare")]
    [InlineData("serve")]
    public async Task A_cluster_address_that_is_not_host_and_port_is_refused_by_name(string command)
    {
        string[] input = command switch
        {
            "sensitivity" => [Paths.Example("ec-cars-1994.yaml")],
            "compare" => [Paths.Example("korea-2010-yeonpyeong.yaml")],
            "backtest" => [Paths.Data("deu/deu3-dev.tsv")],
            _ => ["--port", "0"],
        };

        var result = await EntenteProcess.RunAsync(Bound, [command, .. input, "--cluster", "nowhere"]);

        Assert.Equal(2, result.Code);
        Assert.Contains("cluster", result.Error);
        Assert.Contains("HOST:PORT", result.Error);
    }

    [Fact]
    public async Task A_server_s_cluster_id_without_a_cluster_is_refused()
    {
        var result = await EntenteProcess.RunAsync(Bound, "serve", "--port", "0", "--cluster-id", "lab");

        Assert.Equal(2, result.Code);
        Assert.Contains("--cluster-id is for a cluster: give --cluster too", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sensitivity", "--job")]
    [InlineData("backtest", "--cluster-id")]
    public async Task A_cluster_option_without_a_cluster_is_refused_by_name(string command, string option)
    {
        var input = command == "sensitivity" ? Paths.Example("ec-cars-1994.yaml") : Paths.Data("deu/deu3-dev.tsv");

        var result = await EntenteProcess.RunAsync(Bound, command, input, option, "x");

        Assert.Equal(2, result.Code);
        Assert.Contains(option.TrimStart('-'), result.Error);
        Assert.Contains("give --cluster too", result.Error);
    }

    [Fact]
    public async Task Sensitivity_and_a_backtest_on_a_silo_process_print_the_local_documents()
    {
        var clusterId = "analyses-" + Guid.NewGuid().ToString("N")[..12];
        using var silo = SiloProcess.Start(clusterId, "localhost");
        await silo.ReadyAsync(TimeSpan.FromSeconds(90));
        string[] cluster = ["--cluster", $"127.0.0.1:{silo.GatewayPort}", "--cluster-id", clusterId];
        string[] sensitivity = ["sensitivity", Paths.Example("ec-cars-1994.yaml"), "-m", "eum", "--seed", "4", "--format", "json"];
        string[] backtest = ["backtest", Paths.Data("deu/deu3-dev.tsv"), "-m", "compromise", "-m", "power-compromise", "--folds", "3", "--repeats", "2",
            "--replicates", "50", "--capability", "votes", "--format", "json"];

        var localSensitivity = await EntenteProcess.RunAsync(Bound, sensitivity);
        var clusterSensitivity = await EntenteProcess.RunAsync(Bound, [.. sensitivity, .. cluster]);
        var again = await EntenteProcess.RunAsync(Bound, [.. sensitivity, .. cluster]);
        var localBacktest = await EntenteProcess.RunAsync(Bound, backtest);
        var clusterBacktest = await EntenteProcess.RunAsync(Bound, [.. backtest, .. cluster, "--range-size", "4"]);

        Assert.True(localSensitivity.Code == 0, localSensitivity.Error);
        Assert.True(clusterSensitivity.Code == 0, clusterSensitivity.Error + silo.Output);
        Assert.Equal(localSensitivity.Out, clusterSensitivity.Out);
        Assert.Equal(localSensitivity.Out, again.Out);
        Assert.Contains("re-attached to cluster job 'sensitivity-", again.Error, StringComparison.Ordinal);
        Assert.True(localBacktest.Code == 0, localBacktest.Error);
        Assert.True(clusterBacktest.Code == 0, clusterBacktest.Error + silo.Output);
        Assert.Equal(localBacktest.Out, clusterBacktest.Out);
    }
}
