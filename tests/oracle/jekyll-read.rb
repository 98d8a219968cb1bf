# SPDX-License-Identifier: GPL-3.0-or-later
# The oracles' one way to read a site as `jekyll build` does: the site's
# _config.yml with @p overrides, its time zone set (as Jekyll.configuration
# does), plugins and themes left out (they are not installed here), nothing
# written into the site. Yields the site, read, at @p time (or now).
require 'jekyll'
require 'tmpdir'

def read_jekyll_site(source, overrides = {}, time = nil)
  Jekyll.logger.log_level = :error
  Dir.mktmpdir do |destination|
    file = File.join(source, '_config.yml')
    settings = File.exist?(file) ? (Jekyll::Utils.safe_load_yaml(File.read(file)) || {}) : {}
    settings = settings.merge(
      'source' => source, 'destination' => destination, 'quiet' => true,
      'plugins' => [], 'gems' => [], 'whitelist' => [], 'theme' => nil,
      # Nothing is written into the site (it may be read-only, or not ours).
      'disable_disk_cache' => true
    ).merge(overrides)
    config = Jekyll::Configuration.from(settings)
    Jekyll.set_timezone(config['timezone']) if config['timezone']
    site = Jekyll::Site.new(config)
    site.reset
    site.time = time if time
    site.read
    yield site
  end
end
