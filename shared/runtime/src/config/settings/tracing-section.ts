import { oneOf, httpUrl, readBy, text } from './setting-forms';
import { section, setting } from './setting';

export const tracingSettings = section('Tracing (every process)', {
  TRACING: setting(oneOf(['off', 'otlp']), { description: '`otlp` starts OpenTelemetry and sends traces over OTLP/HTTP; `off` loads nothing', default: 'off' }),
  OTEL_SERVICE_NAME: setting(text, { description: 'the `service.name` of its spans', unset: "the service's name (`gateway`, `cities`, …)" }),
  OTEL_EXPORTER_OTLP_ENDPOINT: setting(httpUrl, { description: 'where the OTLP collector listens (read by the exporter)', unset: '`http://localhost:4318`', example: 'http://localhost:4318' }),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: setting(httpUrl, {
    description: 'where the collector takes traces, if not under `OTEL_EXPORTER_OTLP_ENDPOINT`',
    unset: '`OTEL_EXPORTER_OTLP_ENDPOINT` + `/v1/traces`',
  }),
  OTEL_TRACES_SAMPLER: setting(oneOf(['always_on', 'always_off', 'traceidratio', 'parentbased_always_on', 'parentbased_always_off', 'parentbased_traceidratio']), {
    description: "which traces begin with a request (the standard samplers; every form follows the caller's decision)",
    default: 'parentbased_always_on',
  }),
  OTEL_TRACES_SAMPLER_ARG: setting(
    readBy((value) => (/^(0|1|0?\.\d+|1\.0*)$/.test(value) ? Number(value) : undefined), 'must be a number from 0 to 1', 'number, 0 to 1'),
    { description: 'the share of traces `traceidratio` records', default: 1 },
  ),
});
