# Masthead in a container: built from this repository, run on a Temurin JRE.
#   docker build -t masthead .
#   docker run -d --name masthead -p 8080:8080 -v masthead-data:/data masthead
# The magazine's data (SQLite database, pictures, search index) lives in the /data volume. Settings are the
# environment variables of the README (MASTHEAD_BASE_URL, MASTHEAD_DATABASE_URL, ...), MASTHEAD_HEAP included.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline -DexcludeReactor=true || true
COPY . .
RUN ./mvnw -B -q -DskipTests package && mkdir /dist && tar -xzf target/masthead-dist.tar.gz -C /dist --strip-components=1

FROM eclipse-temurin:25-jre
RUN useradd --system --home-dir /data --create-home masthead
COPY --from=build /dist /opt/masthead
# The class-data archive is written beside the jar on the first start: let the service user write there.
RUN chown masthead:masthead /opt/masthead
USER masthead
VOLUME /data
EXPOSE 8080
ENV MASTHEAD_HEAP=256m
HEALTHCHECK --interval=30s --timeout=5s CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080"]
ENTRYPOINT ["/opt/masthead/bin/masthead"]
CMD ["serve", "--data", "/data"]
