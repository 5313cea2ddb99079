namespace Entente.Cli.Tests.Commands;

/// <summary>
/// The GPU on the command line, with no GPU here: --device gpu runs the kernels on ILGPU's CPU accelerator and says so,
/// and gives the numbers the cores give; a model without kernels is refused naming it; gpu check compares every kernel.
/// </summary>
public sealed class GpuCommandTests
{
    [Theory]
    [InlineData("eum")]
    [InlineData("compromise")]
    [InlineData("median")]
    public void A_sweep_on_the_GPU_gives_the_numbers_of_the_cores_and_says_where_it_ran(string model)
    {
        string[] sweep = ["sweep", RepoPaths.Example("ec-cars-1994.yaml"), "--model", model, "-n", "120", "--format", "json"];

        var cores = Cli.Run(sweep);
        var gpu = Cli.Run([.. sweep, "--device", "gpu"]);

        Assert.Equal(0, cores.ExitCode);
        Assert.Equal(0, gpu.ExitCode);
        Assert.Equal(Distributions(cores.Out), Distributions(gpu.Out));
        Assert.Contains("CPU accelerator", gpu.Error);
    }

    [Fact]
    public void The_GPU_refuses_a_model_it_has_no_kernel_for_naming_it()
    {
        var result = Cli.Run("sweep", RepoPaths.Example("ec-cars-1994.yaml"), "--model", "nbs", "-n", "10", "--device", "gpu");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--device", result.Error);
        Assert.Contains("'nbs' has no GPU kernel", result.Error);
    }

    [Fact]
    public void Auto_falls_back_to_the_cores_and_says_why()
    {
        var result = Cli.Run("sweep", RepoPaths.Example("ec-cars-1994.yaml"), "--model", "nbs", "-n", "10", "--device", "auto");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("device auto: ran on the CPU", result.Error);
    }

    [Fact]
    public void A_device_and_a_cluster_together_are_refused()
    {
        var result = Cli.Run("sweep", RepoPaths.Example("ec-cars-1994.yaml"), "-n", "10", "--device", "gpu", "--cluster", "127.0.0.1:30000");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--device", result.Error);
    }

    [Fact]
    public void Gpu_check_compares_every_kernel_with_its_model_and_reports_agreement()
    {
        var result = Cli.RunAt(80, "gpu", "check", "-n", "4");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("compromise n=40", result.Out);
        Assert.Contains("eum n=100", result.Out);
        Assert.Equal(2, result.Out.Split('\n').Count(line => line.Contains("bit-identical", StringComparison.Ordinal) && !line.StartsWith("identical", StringComparison.Ordinal)));
        Assert.Contains("the kernels agree with the CPU", result.Out);
        Assert.All(result.Out.Split('\n'), line => Assert.True(line.Length <= 80, line));
    }

    [Fact]
    public void Bench_gpu_reports_every_figure_within_80_columns()
    {
        var result = Cli.RunAt(80, "bench", "gpu", "--actors", "4", "-n", "20", "--gpu-trials", "20", "--smp-actors", "6");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("EUM probability kernel", result.Out);
        Assert.Contains("with its O(n³) steps on the device", result.Out);
        Assert.All(result.Out.Split('\n'), line => Assert.True(line.Length <= 80, line));
    }

    [Fact]
    public void A_spatial_forecast_with_its_challenge_steps_on_the_GPU_is_the_cores_forecast()
    {
        string[] forecast = ["forecast", RepoPaths.Data("reference/ktab/SOE-Pol-Comp.csv"), "--model", "smp", "--format", "json"];

        var cores = Cli.Run(forecast);
        var gpu = Cli.Run([.. forecast, "--device", "gpu"]);

        Assert.Equal(0, gpu.ExitCode);
        Assert.Equal(cores.Out, gpu.Out);
        Assert.Contains("CPU accelerator", gpu.Error);
    }

    [Fact]
    public void A_spatial_sweep_with_its_challenge_steps_on_the_GPU_gives_the_cores_numbers()
    {
        string[] sweep = ["sweep", RepoPaths.Data("reference/ktab/SOE-Pol-Comp.csv"), "--model", "smp", "-n", "6", "--format", "json"];

        var cores = Cli.Run(sweep);
        var gpu = Cli.Run([.. sweep, "--device", "gpu"]);

        Assert.Equal(0, gpu.ExitCode);
        Assert.Equal(Distributions(cores.Out), Distributions(gpu.Out));
        Assert.Contains("CPU accelerator", gpu.Error);
    }

    [Fact]
    public void A_forecast_with_no_GPU_step_is_refused_on_the_GPU_naming_the_model()
    {
        var result = Cli.Run("forecast", RepoPaths.Example("ec-cars-1994.yaml"), "--model", "eum", "--device", "gpu");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'eum' has no GPU step", result.Error);
    }

    // The sweep's document less its timing, which differs from run to run.
    private static string Distributions(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.GetProperty("issues").GetRawText();
    }
}
