using Entente.Gpu.Kernels;
using ILGPU;
using ILGPU.Backends.EntryPoints;
using ILGPU.Backends.PTX;
using ILGPU.Runtime;
using ILGPU.Runtime.Cuda;

namespace Entente.Gpu.Tests;

/// <summary>
/// The sweep kernel compiled to PTX for an H100/H200 (sm_90) without a GPU, as the CUDA accelerator compiles it: it
/// must compile (no construct a GPU cannot run), call nothing outside itself, and after the rewrite leave the driver
/// no float64 multiply and add it could fuse, while the fused multiply-adds the code asks for are there.
/// </summary>
public sealed class StrictPtxTests
{
    private static readonly Lazy<PTXCompiledKernel> Kernel = new(() =>
    {
        StrictPtx.Register();
        var context = Context.Create(builder => builder.Math(MathMode.Default).Optimize(OptimizationLevel.O1));
        var architecture = new CudaArchitecture(9, 0);
        var backend = new PTXBackend(context, new CudaCapabilityContext(architecture), architecture, new CudaInstructionSet(8, 0), null!);
        var entry = EntryPointDescription.FromImplicitlyGroupedKernel(typeof(TrialKernel).GetMethod(nameof(TrialKernel.Run))!);
        return (PTXCompiledKernel)backend.Compile(entry, new KernelSpecialization());
    });

    [Fact]
    public void The_sweep_kernel_compiles_to_PTX_that_calls_nothing_outside_itself()
    {
        var ptx = Kernel.Value.PTXAssembly;

        Assert.Contains(".entry", ptx);
        Assert.DoesNotContain(".extern", ptx);
    }

    [Fact]
    public void The_rewrite_leaves_no_float64_multiply_or_add_the_driver_could_fuse()
    {
        var original = Kernel.Value.PTXAssembly;
        var strict = StrictPtx.Rewrite(original);

        Assert.True(StrictPtx.ContractibleCount(original) > 100, "the kernel's arithmetic should be there to rewrite");
        Assert.Equal(0, StrictPtx.ContractibleCount(strict));
        Assert.Contains("mul.rn.f64", strict);
        Assert.Contains("add.rn.f64", strict);
        Assert.Contains("sub.rn.f64", strict);
    }

    [Fact]
    public void The_spatial_and_probability_kernels_compile_to_PTX_that_calls_nothing_outside_itself()
    {
        StrictPtx.Register();
        var context = Context.Create(builder => builder.Math(MathMode.Default).Optimize(OptimizationLevel.O1));
        var architecture = new CudaArchitecture(9, 0);
        var backend = new PTXBackend(context, new CudaCapabilityContext(architecture), architecture, new CudaInstructionSet(8, 0), null!);
        foreach (var kernel in new[]
        {
            typeof(ChallengeKernel).GetMethod(nameof(ChallengeKernel.Run))!, typeof(CoalitionKernel).GetMethod(nameof(CoalitionKernel.Run))!,
            typeof(AfterKernel).GetMethod(nameof(AfterKernel.Run))!, typeof(ProbabilityKernel).GetMethod(nameof(ProbabilityKernel.Run))!,
        })
        {
            var ptx = ((PTXCompiledKernel)backend.Compile(EntryPointDescription.FromImplicitlyGroupedKernel(kernel), new KernelSpecialization())).PTXAssembly;

            Assert.Contains(".entry", ptx);
            Assert.DoesNotContain(".extern", ptx);
            Assert.Equal(0, StrictPtx.ContractibleCount(StrictPtx.Rewrite(ptx)));
        }
    }

    [Fact]
    public void The_fused_multiply_adds_the_code_asks_for_are_single_rounding_ones()
    {
        Assert.Contains("fma.rn.f64", Kernel.Value.PTXAssembly);
    }

    [Fact]
    public void Division_and_square_root_are_the_correctly_rounded_ones()
    {
        var ptx = Kernel.Value.PTXAssembly;

        Assert.Contains("div.rn.f64", ptx);
        Assert.DoesNotContain("div.approx", ptx);
        Assert.DoesNotContain("div.full", ptx);
        Assert.DoesNotContain("sqrt.approx", ptx);
    }

    [Fact]
    public void A_compiled_kernel_takes_the_rewritten_assembly()
    {
        var strict = StrictPtx.Rewrite(Kernel.Value.PTXAssembly);

        var rewritten = StrictPtx.WithAssembly(Kernel.Value, strict);

        Assert.Equal(strict, rewritten.PTXAssembly);
        Assert.Same(Kernel.Value.Info, rewritten.Info);
        Assert.Equal(Kernel.Value.Name, rewritten.Name);
    }

    [Theory]
    [InlineData("mul.f64 %fd1, %fd2, %fd3;", "mul.rn.f64 %fd1, %fd2, %fd3;")]
    [InlineData("\tadd.f64\t%fd7, %fd5, %fd6;", "\tadd.rn.f64\t%fd7, %fd5, %fd6;")]
    [InlineData("sub.f64 %fd1, %fd2, %fd3;", "sub.rn.f64 %fd1, %fd2, %fd3;")]
    [InlineData("mul.rn.f64 %fd1, %fd2, %fd3;", "mul.rn.f64 %fd1, %fd2, %fd3;")]
    [InlineData("add.s64 %rd1, %rd2, %rd3;", "add.s64 %rd1, %rd2, %rd3;")]
    [InlineData("mul.f32 %f1, %f2, %f3;", "mul.f32 %f1, %f2, %f3;")]
    [InlineData("fma.rn.f64 %fd1, %fd2, %fd3, %fd4;", "fma.rn.f64 %fd1, %fd2, %fd3, %fd4;")]
    public void The_rewrite_touches_float64_mul_add_and_sub_only(string line, string expected) =>
        Assert.Equal(expected, StrictPtx.Rewrite(line));
}
