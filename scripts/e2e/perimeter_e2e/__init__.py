"""Perimeter's end-to-end harness: the real `perimeter run` binary against a
real Apache Kafka broker, driven by an independent client (confluent-kafka,
protobuf classes generated from proto/ at test time).

One idea per module:

- processes: the broker, Perimeter, any managed child process, waiting on
  conditions;
- kafka_io: producers, readers, cluster admin, group offsets;
- topics: topic names, partition counts and configs;
- codecs: protobuf generation, encoders and decoders;
- http_client: the one HTTP helper;
- checks: the PASS/FAIL collector and a stage's verdict;
- scenario: the pipeline's scenario and its exact expected outputs;
- population, verdict: the seeded walking population of the crash and
  rebalancing stages, and the checks of a run over it;
- stack: a broker, the topics and `perimeter run` instances, ready;
- soak, soak_churn: the soak runs (`python -m perimeter_e2e.soak_churn`).

The stages are the pytest tests of ../tests (docs/testing-e2e.md).
"""
